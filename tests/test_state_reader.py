"""The state reader (ingest/states.py) on its own: each file version is
decoded once and handed to the extractors as the same str, undecodable
bytes are replaced, and its counters say what ran (the ingest summary)."""
from __future__ import annotations

import time

from ingest.states import Reader
from ingest.facts import Extractor, State
from toy import TOY, extract_toy, toy_text

SEEN: list[str] = []


def _recording(files):
    SEEN.append(files[TOY])
    time.sleep(0.02)
    return extract_toy(files)


RECORDING = Extractor("rec", (TOY,), _recording)
OTHER = Extractor("other", (TOY,), lambda files: [State("other/N", str(len(files[TOY])), ("none",))])


def _reader(history, *extractors):
    ctx = Reader.open(history.repo.workdir, extractors)
    return ctx, lambda sha: ctx.states(ctx.signatures(history.repo[sha].tree_id))


def test_each_version_is_decoded_once_and_shared_as_one_str(history):
    a = history.commit({TOY: toy_text(A="1 1")}, "a")
    b = history.commit({TOY: toy_text(A="2 2")}, "b")
    ctx, states = _reader(history, RECORDING, OTHER)
    SEEN.clear()
    for sha in (a, b, a, b, a):
        states(sha)
    assert ctx.states.runs == {"rec": 2, "other": 2}  # one run per new file version, then cached
    assert len(ctx.states.parsed_blobs) == 2
    ctx.states._results.clear()  # forget the results, keep the texts
    states(a)
    assert SEEN[-1] is SEEN[0]  # the very str decoded first: extractors' own caches hit by identity
    assert ctx.states.runs["rec"] == 3 and len(ctx.states.parsed_blobs) == 2


def test_undecodable_bytes_are_replaced_not_fatal(history):
    sha = history.commit({TOY: b"A 1 1\nB \xff\xfe 1\n"}, "bytes that are not UTF-8")
    ctx, states = _reader(history, RECORDING)
    got = states(sha)
    assert got["toy/A"].default == "1" and got["toy/B"].default == "\ufffd\ufffd"
    assert ctx.states.errors == 0


def test_timings_per_extractor(history):
    shas = [history.commit({TOY: toy_text(A=f"{i} {i}")}, f"v{i}") for i in range(3)]
    ctx, states = _reader(history, RECORDING)
    for sha in shas:
        states(sha)
    (name, t), = ctx.states.timings().items()
    assert name == "rec" and t["runs"] == 3
    assert isinstance(t["ms_per_run"], float) and round(t["ms_per_run"], 2) == t["ms_per_run"]
    assert 15 <= t["ms_per_run"] < 60  # each run sleeps 20 ms
