"""Fuzz target for the strict YAML loader (``gsscb_cli.load.parse``).

The property: for any bytes, ``load_file`` returns a Document or Findings and
never raises, and a Document it returns holds only plain values (dict, list,
str, int, float, bool, None) with a mapping at the top. And the fast path
(``load/fast.py``) either declines the text or gives the PyYAML path's values (of
the same types) and table of places, byte for byte; and its C form (``_fastc.c``, when
built) declines or takes exactly what its Python form does, with the same values and
places.

Run a bounded campaign with atheris (libFuzzer options pass through)::

    python fuzz/fuzz_loader.py -runs=2000
    python fuzz/fuzz_loader.py -runs=20000 -max_len=4096 fuzz/corpus   # keep a corpus

Without atheris (or with ``--plain``), a plain-Python driver feeds N inputs
built from random bytes and from mutations of the seed files (the bundled
data and the YAML tricks in SEEDS), deterministically from ``--seed``::

    python fuzz/fuzz_loader.py --plain -runs=2000 --seed 1

Either way the exit status is 0 when no input made the loader raise; a crash
prints the input (repr) and saves it to ``fuzz/crash-<sha1>.yaml``.
"""

from __future__ import annotations

import hashlib
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from gsscb_cli.load import fast, parse  # noqa: E402
from gsscb_cli.load.parse import Document, load_file  # noqa: E402

SEEDS: list[bytes] = [
    b"id: x\nname: y\n",
    b"a: &x 1\nb: *x\n",
    b"a: [*x]\n",
    b"<<: {a: 1}\n",
    b"a: 1\na: 2\n",
    b"a: !!python/object/apply:os.system ['true']\n",
    b"a: !!binary aGVsbG8=\n",
    b"date: 2025-02-30\nother: 30/11/2025\n",
    b"a:\n\t- tab\n",
    b"a: 'unclosed\n",
    b"- a\n- b\n",
    b"just a scalar\n",
    b"---\na: 1\n---\nb: 2\n",
    b"a: {b: [1, 2, {c: d}]}\n",
    b"\xef\xbb\xbfa: 1\n",
    b"a: \xff\xfe\n",
    b"a: \x00\n",
    b"? [a, b]\n: c\n",
    b"a: yes\nb: no\nc: on\nd: ~\ne: 1e3\nf: .5\ng: 0x1F\n",
    b"[" * 200 + b"]" * 200,
    b"a: |\n  text\n  more\n",
    b"a: %TAG\n",
    b"%YAML 1.1\n---\na: 1\n",
    b'a: "\\x41\\u00e9\\U0001F600"\n',
]


def _seed_files() -> list[bytes]:
    data = ROOT / "data"
    if not data.is_dir():
        return []
    return [p.read_bytes() for p in sorted(data.rglob("*.yaml"))[:20]]


def _plain(value: Any, depth: int = 0) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v, depth + 1) for v in value)
    return value is None or isinstance(value, str | int | float | bool)


_SCRATCH = Path(tempfile.mkdtemp(prefix="gsscb-fuzz-")) / "input.yaml"


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (in Python 1 == True == 1.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _fast_path_agrees(data: bytes) -> None:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return
    quick = fast.parse(text)
    if fast.NATIVE is not None:  # the C form gives what the Python form gives, decline too
        reference = fast.parse_python(text)
        if reference is None:
            assert quick is None, "the C form took what the Python form declines"
        else:
            assert quick is not None, "the C form declined what the Python form takes"
            assert _same(quick[0], reference[0]), "the C form's values differ"
            assert quick[1] == reference[1], "the C form's places differ"
    if quick is None or "\x00" in text:
        return
    slow, findings = parse._parse_pyyaml(text, "input.yaml")
    assert slow is not None, f"the fast path took what the PyYAML path refuses: {findings}"
    assert _same(quick[0], slow.data), "the fast path's values differ"
    assert quick[1] == slow.places, "the fast path's places differ"


def check_one(data: bytes) -> None:
    """The property under test; raises AssertionError (or the loader's exception) on failure."""
    _SCRATCH.write_bytes(data)
    _fast_path_agrees(data)
    doc, findings = load_file(_SCRATCH, "input.yaml")
    if doc is None:
        assert findings, "no document and no finding"
        for finding in findings:
            assert finding.message and finding.rule, finding
            assert "Traceback" not in finding.message
        return
    assert isinstance(doc, Document)
    assert isinstance(doc.data, dict), type(doc.data)
    assert _plain(doc.data), "non-plain value in a document"
    assert not findings


def test_one_input(data: bytes) -> None:
    """atheris entry point."""
    check_one(data)


def _mutate(rng: random.Random, base: bytes) -> bytes:
    buf = bytearray(base)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(6)
        pos = rng.randint(0, len(buf))
        if op == 0 and buf:  # flip a byte
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif op == 1:  # insert random bytes
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2:  # truncate
            del buf[pos:]
        elif op == 3:  # insert a YAML token
            token = rng.choice(
                [
                    b"&a ",
                    b"*a",
                    b"<<: ",
                    b"!!python/name:os.system ",
                    b": ",
                    b"- ",
                    b"\t",
                    b"'",
                    b'"',
                    b"{",
                    b"[",
                    b"\n",
                    b"---\n",
                    b"?",
                    b"|",
                    b">",
                    b"%",
                    b"\xc3",
                    b"\x00",
                    b"2025-02-30",
                ]
            )
            buf[pos:pos] = token
        elif op == 4 and buf:  # duplicate a line
            lines = bytes(buf).split(b"\n")
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
            buf = bytearray(b"\n".join(lines))
        else:  # delete a span
            del buf[pos : pos + rng.randint(1, 16)]
    return bytes(buf)


def run_plain(runs: int, seed: int) -> int:
    """Feed ``runs`` inputs without atheris; returns the number of crashes."""
    rng = random.Random(seed)
    corpus = SEEDS + _seed_files()
    crashes = 0
    for i in range(runs):
        if i < len(corpus):
            data = corpus[i]
        elif rng.random() < 0.2:
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 256)))
        else:
            data = _mutate(rng, rng.choice(corpus))
        try:
            check_one(data)
        except Exception as exc:  # report every crash, keep going
            crashes += 1
            name = ROOT / "fuzz" / f"crash-{hashlib.sha1(data).hexdigest()[:12]}.yaml"
            name.write_bytes(data)
            print(f"CRASH {type(exc).__name__}: {exc}\n  input {data[:200]!r}\n  saved {name}")
    print(f"plain driver: {runs} inputs, seed {seed}, {crashes} crashes")
    return crashes


def _option(argv: list[str], name: str, default: int) -> int:
    for arg in argv:
        if arg.startswith(f"{name}="):
            return int(arg.split("=", 1)[1])
    return default


def main(argv: list[str]) -> int:
    plain = "--plain" in argv
    if not plain:
        try:
            import atheris
        except ImportError:
            print("atheris is not installed: using the plain-Python driver")
            plain = True
    if plain:
        args = [a for a in argv if a != "--plain"]
        seed = 0
        if "--seed" in args:
            seed = int(args[args.index("--seed") + 1])
        return 1 if run_plain(_option(args, "-runs", 2000), seed) else 0
    atheris.instrument_all()  # the loader is already imported: instrument it in place
    args = list(argv)
    if not any(not a.startswith("-") for a in args):  # no corpus folder given: start from SEEDS
        corpus = Path(tempfile.mkdtemp(prefix="gsscb-fuzz-corpus-"))
        for i, seed_input in enumerate(SEEDS + _seed_files()):
            (corpus / f"seed-{i}").write_bytes(seed_input)
        args.append(str(corpus))
    atheris.Setup([sys.argv[0], *args], test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
