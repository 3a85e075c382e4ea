"""Bad input gets a clear error, never a crash or data loss: malformed
waivers files (alone, through `guestabi ingest` and `guestabi check`), a
waiver prefix matching two breaks, an ambiguous commit prefix on the CLI."""
from __future__ import annotations

import json

import pygit2
import pytest

from ingest.facts import Change, State, Waiver
from ingest.judge import judge
from ingest.waivers import WaiverError, load
from test_cli import guestabi, story  # noqa: F401  (the CLI fixture)

GOOD = '[[waiver]]\nitem = "toy/IIDR"\ncommit = "abcdef1"\nreason = "r"\n'

# (name, file text or None for no file, what the error says)
BAD_WAIVERS = [
    ("missing file", None, "waivers file not found"),
    ("invalid TOML", '[[waiver]\nitem = "toy/IIDR"\n', "not valid TOML"),
    ("unclosed string", '[[waiver]]\nitem = "toy/IIDR\n', "not valid TOML"),
    ("missing item", GOOD.replace('item = "toy/IIDR"\n', ""), "waiver #1: 'item' is required"),
    ("missing commit", GOOD.replace('commit = "abcdef1"\n', ""), "'commit' is required"),
    ("missing reason", GOOD.replace('reason = "r"\n', ""), "'reason' is required"),
    ("blank reason", GOOD.replace('reason = "r"', 'reason = "   "'), "'reason' is required"),
    ("reason not a string", GOOD.replace('reason = "r"', "reason = 3"), "'reason' is required"),
    ("second waiver broken", GOOD + GOOD.replace('item = "toy/IIDR"\n', ""), "waiver #2: 'item' is required"),
    ("bad direction", GOOD + 'direction = "sideways"\n', "direction must be 'upgrade' or 'rollback'"),
    ("direction in capitals", GOOD + 'direction = "Upgrade"\n', "direction must be"),
    ("short commit", GOOD.replace("abcdef1", "abcdef"), "7 to 40 hex digits"),
    ("non-hex commit", GOOD.replace("abcdef1", "abcdefg"), "7 to 40 hex digits"),
    ("link not a string", GOOD + "link = 5\n", "'link' must be a string"),
    ("waiver as a string", 'waiver = "toy/IIDR"\n', "array of tables"),
    ("waiver as one table", GOOD.replace("[[waiver]]", "[waiver]"), "array of tables"),
    ("waiver as numbers", "waiver = [1, 2]\n", "array of tables"),
]


def _write(tmp_path, text):
    path = tmp_path / "waivers.toml"
    if text is not None:
        path.write_text(text)
    return path


@pytest.mark.parametrize("name,text,message", BAD_WAIVERS, ids=[b[0] for b in BAD_WAIVERS])
def test_malformed_waivers_are_a_clear_error(tmp_path, name, text, message):
    path = _write(tmp_path, text)
    with pytest.raises(WaiverError) as exc:
        load(path)
    assert message in str(exc.value) and str(path) in str(exc.value)


def test_a_good_file_and_no_file_at_all():
    assert load(None) == []


def test_good_waivers_load(tmp_path):
    path = _write(tmp_path, GOOD.replace("abcdef1", "ABCDEF1") + 'direction = "rollback"\nlink = "https://x"\n')
    assert load(path) == [Waiver("toy/IIDR", "abcdef1", "r", "https://x", "rollback")]
    assert load(_write(tmp_path, "# nothing waived yet\n")) == []


@pytest.mark.parametrize("name,text,message", [b for b in BAD_WAIVERS if b[0] in (
    "missing file", "invalid TOML", "missing reason", "bad direction", "waiver as one table")],
    ids=lambda v: v if isinstance(v, str) and " " in v else "")
def test_ingest_with_bad_waivers_fails_and_writes_nothing(guestabi, history, tmp_path, name, text, message):  # noqa: F811
    story(history)
    res = guestabi("ingest", history.repo.workdir, "--waivers", str(_write(tmp_path, text)))
    assert res.exit_code == 2 and message in " ".join(res.output.split()), res.output
    assert "Traceback" not in res.output
    assert json.loads(guestabi("changes", "--json").output)["changes"] == []


def test_check_with_bad_waivers_is_exit_2(guestabi, history, tmp_path):  # noqa: F811
    two = story(history)
    res = guestabi("check", f"v4.18..{two}", "--repo", history.repo.workdir,
                   "--waivers", str(_write(tmp_path, GOOD + 'direction = "sideways"\n')))
    assert res.exit_code == 2 and "direction must be" in res.output


# --- a waiver prefix matching two breaks ----------------------------------------

X = "vgic/v3/IIDR_REVISION"


def _st(default):
    return State(X, default, (default,))


def test_a_waiver_prefix_matching_two_breaks_waives_neither_and_is_reported():
    """One reviewed waiver must not silently waive a second, unreviewed break."""
    first = Change("vgic/FIRST", "0" * 40, 0, None, State("vgic/FIRST", "1", ("1",)))
    one = Change(X, "abcdef1" + "1" * 33, 1, _st("1"), _st("2"))
    two = Change(X, "abcdef1" + "2" * 33, 2, _st("2"), _st("3"))
    waiver = Waiver(X, "abcdef1", "reviewed: revision 2 was fine")
    breaks, unmatched = judge([first, one, two], [waiver])
    assert [b.status for b in breaks] == ["open", "open"]
    assert unmatched == [waiver]


# --- an ambiguous commit prefix on the CLI ---------------------------------------

def _twins(path) -> str:
    """A repository holding two commits whose ids share their first four
    hex digits (the shortest prefix git takes); returns that prefix."""
    repo = pygit2.init_repository(str(path), bare=True)
    tree = repo.TreeBuilder().write()
    sig = pygit2.Signature("A. Developer", "dev@example.org", 1_500_000_000, 0)
    seen: dict[str, str] = {}
    for i in range(20_000):
        sha = str(repo.create_commit(None, sig, sig, f"commit {i}", tree, []))
        if sha[:4] in seen:
            return sha[:4]
        seen[sha[:4]] = sha
    raise AssertionError("no two commits share a prefix")


def test_ambiguous_at_prefix_is_a_clear_error(guestabi, tmp_path):  # noqa: F811
    prefix = _twins(tmp_path / "twins.git")
    res = guestabi("states", "--at", prefix, "--repo", str(tmp_path / "twins.git"))
    assert res.exit_code == 2 and "ambiguous" in res.output and "unknown" not in res.output, res.output
    assert "Traceback" not in res.output


def test_ambiguous_check_range_is_a_clear_error(guestabi, tmp_path):  # noqa: F811
    prefix = _twins(tmp_path / "twins.git")
    res = guestabi("check", f"{prefix}..{prefix}", "--repo", str(tmp_path / "twins.git"))
    assert res.exit_code == 2 and "ambiguous" in res.output, res.output
