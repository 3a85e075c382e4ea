"""The extractors keep readings across file versions (by text, by the bodies
a reading followed, by the macros in force): a version read after others
gives what a fresh process gives. Each version here changes what a cache
could miss: a helper the read function follows (its caller unchanged), a
visibility callback, the file's macros, and back."""
from __future__ import annotations

import json
import subprocess
import sys

from ingest.demo.shapes.idregs import SYS_REGS_C, idreg_files
from ingest.extract.idregs import EXTRACTOR as IDREGS
from ingest.extract.reglist import EXTRACTOR as REGLIST

WRITABLE = ("ID_AA64PFR0_EL1.CSV2", "ID_AA64PFR0_EL1.EL1", "ID_AA64DFR0_EL1.DebugVer")
FRESH = """
import json, sys
from ingest.extract.idregs import EXTRACTOR as IDREGS
from ingest.extract.reglist import EXTRACTOR as REGLIST
files = json.load(sys.stdin)
print(json.dumps([repr(tuple(IDREGS(files))), repr(tuple(REGLIST(files)))]))
"""


def _versions() -> list[tuple[str, dict[str, str]]]:
    base = idreg_files("sanitise", writable=WRITABLE)
    text = base[SYS_REGS_C]
    helper = text.replace("\tval &= ~ID_AA64PFR0_EL1_AMU_MASK;\n", "", 1)
    visibility = text.replace("\tif (vcpu_has_sve(vcpu))\n\t\treturn 0;\n", "", 1)
    assert helper != text and visibility != text
    return [
        ("base", base),
        ("helper edited", {**base, SYS_REGS_C: helper}),
        ("visibility edited", {**base, SYS_REGS_C: visibility}),
        ("macros changed", {**base, SYS_REGS_C: text + "#define GUESTABI_TEST_MACRO 1\n"}),
        ("base again", base),
    ]


def test_a_version_read_after_others_reads_as_in_a_fresh_process():
    warm = [(name, [repr(tuple(IDREGS(files))), repr(tuple(REGLIST(files)))]) for name, files in _versions()]
    assert warm[1][1] != warm[0][1] and warm[2][1] != warm[0][1]  # the edits matter
    for name, got in warm:
        files = dict(_versions())[name]
        fresh = subprocess.run([sys.executable, "-c", FRESH], input=json.dumps(files), capture_output=True,
                               text=True, check=True)
        assert got == json.loads(fresh.stdout), name
