"""`guestabi check` on ranges, patch series and dirty work trees, with the
toy extractor standing in for the real ones. No database anywhere."""
from __future__ import annotations

import json
import os
import time
from dataclasses import replace
from pathlib import Path

import pygit2
import pytest
import typer
from typer.testing import CliRunner

from ingest import check, watched
from ingest.check import mbox
from ingest.commands.check import check_command, code, md
from ingest.facts import Extractor
from toy import TOY, TOY_EXTRACTOR, extract_toy, toy_text

runner = CliRunner()
HOSTILE = "KVM: <script>alert(1)</script> \"quoted\" ünïcode `tick` |pipe| *star* \x1b[31mred"


@pytest.fixture
def guestabi(monkeypatch):
    monkeypatch.setattr(watched, "EXTRACTORS", (TOY_EXTRACTOR,))
    app = typer.Typer()
    app.command("check")(check_command)
    app.callback()(lambda: None)  # keep "check" a subcommand, as in ingest/cli.py

    def call(*args, stdin=None):
        return runner.invoke(app, ["check", *args], input=stdin)
    return call


def story(h):
    """IIDR 1 -> 2 with no way back (a break), then an unrelated commit."""
    h.commit({TOY: toy_text(IIDR="1 1", PSCI="1.0 1.0")}, "KVM: add the distributor")
    h.tag("v4.18")
    h.commit({"README": "docs\n"}, "Docs: unrelated")
    two = h.commit({TOY: toy_text(IIDR="2 2", PSCI="1.0 1.0")}, HOSTILE)
    return two


def checkout(h, files: dict[str, str]) -> None:
    """Write files into the work tree (History writes objects only)."""
    for path, text in files.items():
        f = Path(h.repo.workdir, path)
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(text)


def objects(repo: pygit2.Repository) -> set[str]:
    root = Path(repo.path, "objects")
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


# -- ranges ---------------------------------------------------------------------

def test_range_reports_the_break_with_its_fixes_line_and_exits_1(guestabi, history):
    two = story(history)
    res = guestabi("v4.18..HEAD", "--repo", history.repo.workdir)
    assert res.exit_code == 1, res.output
    shown = HOSTILE.replace("\x1b", "\\x1b")
    assert f'Fixes: {two[:12]} ("{shown}")' in res.stdout
    assert "\x1b" not in res.stdout  # a terminal escape in a subject is shown, not obeyed
    assert "toy/IIDR: 1 [1] -> 2 [2]" in res.stdout
    assert "2 commits, 1 touching watched files, 1 changes" in res.stdout

    data = json.loads(guestabi("v4.18..", "--repo", history.repo.workdir, "--json").stdout)
    assert data["exit_code"] == 1 and data["summary"]["breaks_open"] == 1
    (commit,) = data["commits"]
    assert (commit["commit"], commit["subject"], commit["patch"]) == (two[:12], HOSTILE, None)
    (change,) = commit["changes"]
    assert change["old"] == {"item": "toy/IIDR", "default": "1", "settable": ["1"], "warnings": []}
    assert change["break"]["status"] == "open" and change["break"]["commit"] == two[:12]
    assert data["breaks"][0]["fixes"] == f'Fixes: {two[:12]} ("{HOSTILE}")'


def test_a_break_resolved_within_the_range_or_waived_exits_0(guestabi, history, tmp_path):
    two = story(history)
    back = history.commit({TOY: toy_text(IIDR="3 1,2,3", PSCI="1.0 1.0")}, "KVM: let userspace pick 1")
    res = guestabi("v4.18..HEAD", "--repo", history.repo.workdir)
    assert res.exit_code == 0, res.output
    assert f"resolved later in the range by {back[:12]} KVM: let userspace pick 1" in res.stdout

    res = guestabi(f"{two}..{back}", "--repo", history.repo.workdir)  # the fix alone changes, breaking nothing
    assert res.exit_code == 0 and "no open break" in res.stdout

    waivers = tmp_path / "w.toml"
    waivers.write_text(f'[[waiver]]\nitem = "toy/IIDR"\ncommit = "{two[:8]}"\nreason = "nobody saved IIDR"\n'
                       f'link = "https://lore.example/x"\n\n'
                       f'[[waiver]]\nitem = "toy/OTHER"\ncommit = "deadbeef"\nreason = "elsewhere"\n')
    res = guestabi(f"v4.18..{two}", "--repo", history.repo.workdir, "--waivers", str(waivers), "--json")
    assert res.exit_code == 0, res.output
    (b,) = json.loads(res.stdout)["breaks"]
    assert b["status"] == "waived" and b["waiver"]["link"] == "https://lore.example/x"


def test_single_commit_and_merges(guestabi, history):
    base = history.commit({TOY: toy_text(A="1 1", B="1 1")}, "base")
    history.tag("base")
    side = history.commit({TOY: toy_text(A="2 1,2", B="1 1")}, "side: A to 2", parents=[base], move_head=False)
    history.commit({"other.c": "x\n"}, "main: unrelated")
    history.merge(side, "Merge branch 'side'", files={TOY: toy_text(A="2 1,2", B="1 1")})
    evil = history.merge(history.commit({"z": "1"}, "z", parents=[base], move_head=False),
                         "Merge with a resolution of its own", files={TOY: toy_text(A="2 1,2", B="5 5")})
    data = json.loads(guestabi("base..HEAD", "--repo", history.repo.workdir, "--json").stdout)
    got = [(c["commit"], [x["item"] for x in c["changes"]]) for c in data["commits"]]
    assert got == [(side[:12], ["toy/A"]), (evil[:12], ["toy/B"])]  # the clean merge changes nothing
    assert data["exit_code"] == 1

    data = json.loads(guestabi(side, "--repo", history.repo.workdir, "--json").stdout)
    assert data["base"]["ref"] == f"{side}^" and data["exit_code"] == 0
    assert [c["commit"] for c in data["commits"]] == [side[:12]]


def test_rollback_break_and_disappearance(guestabi, history):
    history.commit({TOY: toy_text(A="1 1")}, "base")
    history.tag("v1")
    appear = history.commit({TOY: toy_text(A="1 1", NEWREG="present none 0x6030000000140003")}, "add a register")
    history.commit({TOY: toy_text(NEWREG="present none 0x6030000000140003")}, "drop A")
    data = json.loads(guestabi("v1..", "--repo", history.repo.workdir, "--json").stdout)
    got = {(b["item"], b["direction"]) for b in data["breaks"]}
    assert got == {("toy/NEWREG", "rollback"), ("toy/A", "upgrade")}
    assert data["commits"][0]["changes"][0]["old"] is None and data["commits"][0]["commit"] == appear[:12]
    assert data["commits"][1]["changes"][0]["new"] is None


def test_a_few_hundred_commits_check_in_seconds_parsing_each_file_version_once(monkeypatch, history):
    parsed: list[str] = []

    def counting(files):
        parsed.append(files.get(TOY, ""))
        return extract_toy(files)

    history.commit({TOY: toy_text(A="0 0")}, "base")
    history.tag("v1")
    for i in range(1, 401):
        if i % 4 == 0:  # every fourth commit changes A
            history.commit({TOY: toy_text(A=f"{i} any")}, f"KVM: A to {i}")
        else:
            history.commit({f"drivers/x{i % 7}.c": f"{i}\n"}, f"drivers: {i}")
    ext = Extractor("counting", TOY_EXTRACTOR.paths, counting)
    t0 = time.monotonic()
    report = check.check_range(history.repo.workdir, "v1..HEAD", extractors=(ext,))
    took = time.monotonic() - t0
    assert took < 5
    assert report.walked == 400 and len(report.steps) == 100 and report.exit_code == 0
    assert len(parsed) == len(set(parsed)) == 101  # the base's version and each new one, once


# -- patch series -----------------------------------------------------------------

def mail(h, sha: str, n: int, total: int, *, subject: str | None = None, body: str = "") -> str:
    """A commit as `git format-patch --thread -n` writes it."""
    c = h.repo[sha]
    diff = h.repo.diff(c.parents[0].tree, c.tree).patch
    subject = subject or c.message.split("\n", 1)[0]
    return (f"From {sha} Mon Sep 17 00:00:00 2001\n"
            f"From: {c.author.name} <{c.author.email}>\n"
            f"Date: Tue, 1 Oct 2024 12:00:00 +0200\n"
            f"Subject: [PATCH v2 {n}/{total}] {subject}\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{body}\n---\n toy.h | 2 +-\n 1 file changed\n\n{diff}-- \n2.43.0\n\n")


def cover(total: int) -> str:
    return (f"From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
            f"From: A <a@example.org>\nSubject: [PATCH v2 0/{total}] the series\n\n"
            f"Nothing to apply here.\n\n-- \n2.43.0\n\n")


def reply() -> str:
    return ("From mboxrd@z Thu Jan  1 00:00:00 1970\nFrom: R <r@example.org>\n"
            "Subject: Re: [PATCH v2 1/2] KVM: psci 1.1\n\n> diff --git a/x b/x\nLooks good.\n\n")


def series_story(h) -> tuple[str, list[str]]:
    """Base v4.18 and, off to the side, two commits to send as patches."""
    base = h.commit({TOY: toy_text(IIDR="1 1", PSCI="1.0 1.0")}, "KVM: add the distributor")
    h.tag("v4.18")
    one = h.commit({TOY: toy_text(IIDR="1 1", PSCI="1.1 1.0,1.1")}, "KVM: psci 1.1", parents=[base], move_head=False)
    two = h.commit({TOY: toy_text(IIDR="2 2", PSCI="1.1 1.0,1.1")}, "KVM: iidr 2", parents=[one], move_head=False)
    return base, [one, two]


def test_series_names_the_patch_that_breaks_and_touches_nothing(guestabi, history, tmp_path):
    base, (one, two) = series_story(history)
    series = tmp_path / "v2_20241001_series.mbx"
    body = "The message says:\nFrom the spec, revision 2.\n\nSigned-off-by: A <a@example.org>"
    series.write_text(cover(2) + mail(history, two, 2, 2, subject=HOSTILE, body=body)  # out of order on purpose
                      + reply() + mail(history, one, 1, 2, body=body))
    before = objects(history.repo), set(os.listdir(history.repo.workdir)), history.repo.head.target
    res = guestabi("--base", "v4.18", str(series), "--repo", history.repo.workdir, "--json")
    assert res.exit_code == 1, res.output
    data = json.loads(res.stdout)
    assert data["mode"] == "series" and data["base"] == {"ref": "v4.18", "commit": base[:12]}
    assert [(c["patch"], c["subject"]) for c in data["commits"]] == [
        ("[PATCH v2 1/2]", "KVM: psci 1.1"), ("[PATCH v2 2/2]", HOSTILE)]
    (b,) = data["breaks"]
    assert (b["item"], b["patch"], b["fixes"]) == ("toy/IIDR", "[PATCH v2 2/2]", None)
    assert data["summary"]["walked"] == 2  # the cover letter and the reply are not patches
    after = objects(history.repo), set(os.listdir(history.repo.workdir)), history.repo.head.target
    assert after == before  # no object, no file, no ref written

    text = guestabi("--base", "v4.18", str(series), "--repo", history.repo.workdir).stdout
    assert "[PATCH v2 2/2] KVM: <script>" in text and "\x1b" not in text


def test_series_from_stdin_and_a_patch_file_that_is_a_bare_diff(guestabi, history, tmp_path):
    _, (one, _) = series_story(history)
    history.checkout(str(history.repo.revparse_single("v4.18").id))  # a series without --base goes onto HEAD
    res = guestabi("-", "--repo", history.repo.workdir, "--json", stdin=mail(history, one, 1, 1))
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["commits"][0]["changes"][0]["item"] == "toy/PSCI"

    bare = tmp_path / "psci.diff"
    c = history.repo[one]
    bare.write_text(history.repo.diff(c.parents[0].tree, c.tree).patch)
    res = guestabi("--base", "v4.18", str(bare), "--repo", history.repo.workdir, "--json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["commits"][0]["subject"] == "psci.diff"


def test_a_patch_that_does_not_apply_exits_2_naming_it(guestabi, history, tmp_path):
    _, (one, two) = series_story(history)
    series = tmp_path / "s.mbox"
    series.write_text(mail(history, two, 1, 1, subject="KVM: iidr \x1b[2J 2"))  # needs `one` first
    res = guestabi("--base", "v4.18", str(series), "--repo", history.repo.workdir)
    assert res.exit_code == 2
    assert "[PATCH v2 1/1] 'KVM: iidr \\x1b[2J 2' does not apply on v4.18" in res.stderr
    assert "arch/arm64/kvm/toy.h" in res.stderr and "\x1b" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_two_versions_in_one_mbox_or_a_missing_patch_exit_2(guestabi, history, tmp_path):
    _, (one, two) = series_story(history)
    series = tmp_path / "s.mbox"
    series.write_text(mail(history, one, 1, 2) + mail(history, one, 1, 2))
    res = guestabi("--base", "v4.18", str(series), "--repo", history.repo.workdir)
    assert res.exit_code == 2 and "appears more than once" in res.stderr
    series.write_text(mail(history, two, 2, 2))
    res = guestabi("--base", "v4.18", str(series), "--repo", history.repo.workdir)
    assert res.exit_code == 2 and "patch 1 of the series is missing" in res.stderr
    series.write_text(cover(2))
    res = guestabi("--base", "v4.18", str(series), "--repo", history.repo.workdir)
    assert res.exit_code == 2 and "no patch in it" in res.stderr


def test_mail_decoding_and_the_signature_after_the_diff():
    raw = ("From 1234 Mon Sep 17 00:00:00 2001\nFrom: =?utf-8?q?J=C3=B6rg?= <j@example.org>\n"
           "Subject: [RFC PATCH net-next 3/7] =?utf-8?q?KVM=3A_=C3=BCn=C3=AFcode?=\n  folded\n"
           "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n")
    import base64
    body = ("Message.\nFrom the ARM ARM: not a new mail.\n---\n"
            "diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n ctx\n-- \n+x\n-- \n2.43.0\n")
    (p,) = [mbox._patch(m) for m in mbox.split_mbox((raw + base64.encodebytes(body.encode()).decode()).encode())]
    assert (p.label, p.number, p.subject) == ("[RFC PATCH net-next 3/7]", 3, "KVM: ünïcode folded")
    assert p.author.name == "Jörg" and "From the ARM ARM" in p.message
    assert p.diff.endswith(b" ctx\n-- \n+x\n")  # the removed line "- " stays, the signature goes

    crlf = (f"From 1 Mon Sep 17 00:00:00 2001\nFrom: \"<script>\" <x@y>\nSubject: [PATCH] s\n\n" + body).replace("\n", "\r\n")
    (p,) = [mbox._patch(m) for m in mbox.split_mbox(crlf.encode())]
    assert p.author.name == "script" and b"\r" not in p.diff


# -- the work tree ----------------------------------------------------------------

def test_dirty_work_tree_against_head(guestabi, history):
    story(history)
    head = history.repo[history.head]
    checkout(history, {TOY: head.tree[TOY].data.decode()})
    res = guestabi("--repo", history.repo.workdir)
    assert res.exit_code == 0 and "no guest-visible change" in res.stdout

    checkout(history, {TOY: toy_text(IIDR="2 2", PSCI="1.1 1.0,1.1")})  # a restore path: fine
    res = guestabi("--repo", history.repo.workdir, "--json")
    assert res.exit_code == 0, res.output
    (step,) = json.loads(res.stdout)["commits"]
    assert step["commit"] == "0" * 12 and step["subject"] == "uncommitted changes"
    assert [c["item"] for c in step["changes"]] == ["toy/PSCI"]

    checkout(history, {TOY: toy_text(IIDR="2 2", PSCI="1.1 1.1")})
    before = objects(history.repo)
    res = guestabi("--repo", history.repo.workdir, "--markdown")
    assert res.exit_code == 1
    assert "#### uncommitted changes" in res.stdout and "**BREAK (upgrade): default 1.0 -> 1.1" in res.stdout
    assert objects(history.repo) == before

    os.remove(Path(history.repo.workdir, TOY))
    res = guestabi("--repo", history.repo.workdir)
    assert res.exit_code == 1 and "toy/IIDR: 2 [2] -> absent" in res.stdout


def test_work_tree_from_a_subdirectory(guestabi, history, monkeypatch):
    story(history)
    checkout(history, {TOY: toy_text(IIDR="3 3", PSCI="1.0 1.0")})
    monkeypatch.chdir(Path(history.repo.workdir, "arch/arm64"))
    res = guestabi()
    assert res.exit_code == 1 and "toy/IIDR: 2 [2] -> 3 [3]" in res.stdout


# -- could not check --------------------------------------------------------------

def test_could_not_check_exits_2_with_one_line(guestabi, history, tmp_path):
    story(history)
    repo = history.repo.workdir
    bare = pygit2.init_repository(str(tmp_path / "bare.git"), bare=True)
    bad_waivers = tmp_path / "w.toml"
    bad_waivers.write_text('[[waiver]]\nitem = "x"\ncommit = "xyz"\nreason = "r"\n')
    cases = [
        (("--repo", str(tmp_path / "nowhere")), "not a git repository"),
        (("v4.18..nope", "--repo", repo), "nope: unknown ref"),
        (("v4.18...HEAD", "--repo", repo), "symmetric range"),
        (("--base", "nope", "x.mbox", "--repo", repo), "nope: unknown ref"),
        (("--base", "v4.18", str(tmp_path / "missing.mbox"), "--repo", repo), "missing.mbox"),
        (("--base", "v4.18", "--repo", repo), "--base needs a patch series"),
        (("--repo", bare.path), "bare repository"),
        (("v4.18..HEAD", "--repo", repo, "--waivers", str(bad_waivers)), "hex"),
        (("v4.18..HEAD", "--repo", repo, "--json", "--markdown"), "exclude each other"),
    ]
    for args, message in cases:
        res = guestabi(*args)
        assert res.exit_code == 2, (args, res.output)
        assert res.stderr.startswith("error: ") and message in res.stderr, (args, res.stderr)
        assert len(res.stderr.strip().splitlines()) == 1 and res.stdout == ""


def test_markdown_escapes_repository_text(guestabi, history):
    two = story(history)
    res = guestabi("v4.18..", "--repo", history.repo.workdir, "--markdown")
    assert res.exit_code == 1
    heading = next(line for line in res.stdout.splitlines() if line.startswith("#### "))
    assert heading == f"#### {two[:12]} " + md(HOSTILE) and "\\<script>" in heading
    # In a code span the text is literal (no HTML); the subject's backtick needs a longer fence.
    assert f"- `` Fixes: {two[:12]} (" in res.stdout
    assert md("a|b") == "a\\|b" and code("x`y") == "`` x`y ``"


# -- unconfirmed breaks (issue 11, item 4) ---------------------------------------

def _guessing(files):
    """The toy, but a default written `2?` was read from a guess: the value
    with a warning, as a real extractor reports what it could not read."""
    out = []
    for s in extract_toy(files):
        if s.default.endswith("?"):
            s = replace(s, default=s.default[:-1]).with_warning("condition not understood: <mystery>() (toy)")
        out.append(s)
    return out


def test_an_unconfirmed_break_is_listed_apart_and_fails_only_strict(guestabi, history, monkeypatch):
    monkeypatch.setattr(watched, "EXTRACTORS", (Extractor("toy", TOY_EXTRACTOR.paths, _guessing),))
    history.commit({TOY: toy_text(IIDR="1 1", PSCI="1.0 1.0")}, "base")
    history.tag("v1")
    guess = history.commit({TOY: toy_text(IIDR="2? 2", PSCI="1.0 1.0")}, "KVM: a change read from a guess")
    repo = history.repo.workdir

    res = guestabi("v1..", "--repo", repo)
    assert res.exit_code == 0, res.output
    assert "breaks: 0 open, 0 resolved, 0 waived, 1 unconfirmed" in res.stdout
    assert "unconfirmed break (upgrade): default 1 -> 2" in res.stdout
    assert "Fixes:" not in res.stdout  # a guess gets no Fixes: trailer
    listed = res.stdout.split("Unconfirmed breaks", 1)[1]  # the section apart, with the warning
    assert f"{guess[:12]} KVM: a change read from a guess: toy/IIDR (upgrade)" in listed
    assert "warning: condition not understood: <mystery>() (toy)" in listed
    assert "no open break; 1 unconfirmed (--strict fails on them) (exit 0)" in res.stdout

    res = guestabi("v1..", "--repo", repo, "--strict")
    assert res.exit_code == 1, res.output
    assert "1 open or unconfirmed break with --strict" in res.stdout

    data = json.loads(guestabi("v1..", "--repo", repo, "--json", "--strict").stdout)
    (b,) = data["breaks"]
    assert (b["status"], b["vcpu"], data["strict"], data["exit_code"]) == ("unconfirmed", "both", True, 1)
    assert data["summary"]["breaks_unconfirmed"] == 1 and data["summary"]["breaks_open"] == 0
    md_out = guestabi("v1..", "--repo", repo, "--markdown").stdout
    assert "#### Unconfirmed breaks" in md_out
    assert "warning: condition not understood: \\<mystery>() (toy)" in md_out  # raw HTML escaped


def test_strict_does_not_change_an_open_break_or_a_clean_range(guestabi, history):
    story(history)
    repo = history.repo.workdir
    assert guestabi("v4.18..", "--repo", repo, "--strict").exit_code == 1
    history.tag("v4.19")
    history.commit({"README": "more docs\n"}, "Docs")
    assert guestabi("v4.19..", "--repo", repo, "--strict").exit_code == 0
