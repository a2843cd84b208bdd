"""Seal blind evaluation folders into the repository, encrypted, so they survive a wiped machine.

Blind gold (hand-annotated reports nobody may tune on) and blind invented pages used to live on orphan
branches and in folders outside the repository; a wiped machine lost all of them (blind9-blind16,
pages13-pages20). Only main survives a wipe, so each blind folder is now committed to
``benchmarks/sealed/<name>.tar.gz.enc``: a gzip tarball encrypted with ``openssl enc -aes-256-cbc -pbkdf2``.
The passphrase is not in the repository (the integrator keeps it in the round's closing note); helpers never
unseal. For People's Daily reports the ``texts/`` folder is left out (``--without-texts``): the corpus is
research-only, and ``benchmarks/gold_texts.py`` rebuilds the texts from ``../shared`` and the manifest.

    CORPUS_TOOLS_SEAL_KEY=... python benchmarks/sealed.py seal /work/blind/blind16 --without-texts
    CORPUS_TOOLS_SEAL_KEY=... python benchmarks/sealed.py unseal blind16 --out /work/blind
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tarfile
from pathlib import Path

SEALED = Path(__file__).resolve().parent / "sealed"
KEY_ENV = "CORPUS_TOOLS_SEAL_KEY"
_OPENSSL = ["openssl", "enc", "-aes-256-cbc", "-pbkdf2", "-iter", "200000", "-salt", "-pass", f"env:{KEY_ENV}"]


def _key() -> str:
    key = os.environ.get(KEY_ENV, "")
    if not key:
        raise SystemExit(f"{KEY_ENV} is not set: the passphrase is in the integrator's closing note")
    return key


def _openssl(data: bytes, *, decrypt: bool) -> bytes:
    _key()
    cmd = _OPENSSL + (["-d"] if decrypt else [])
    try:
        run = subprocess.run(cmd, input=data, capture_output=True, check=False)
    except FileNotFoundError:
        raise SystemExit("openssl not found: install it (Debian package openssl)") from None
    if run.returncode != 0:
        what = "decrypt (wrong passphrase or damaged file)" if decrypt else "encrypt"
        raise SystemExit(f"openssl could not {what}: {run.stderr.decode(errors='replace').strip()}")
    return run.stdout


def seal(folder: Path, *, without_texts: bool = False, out_dir: Path = SEALED) -> Path:
    """Write ``out_dir/<folder name>.tar.gz.enc`` holding ``folder`` (without ``texts/`` when asked)."""
    if not folder.is_dir():
        raise SystemExit(f"folder {folder}: not a directory")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder)
            if without_texts and rel.parts[0] == "texts":
                continue
            if path.is_file():
                tar.add(path, arcname=str(Path(folder.name) / rel), recursive=False)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{folder.name}.tar.gz.enc"
    out.write_bytes(_openssl(buf.getvalue(), decrypt=False))
    return out


def unseal(name: str, *, out: Path, sealed_dir: Path = SEALED) -> Path:
    """Decrypt ``sealed_dir/<name>.tar.gz.enc`` into ``out/<name>``; returns that folder."""
    src = sealed_dir / f"{name}.tar.gz.enc"
    if not src.is_file():
        known = sorted(p.name.removesuffix(".tar.gz.enc") for p in sealed_dir.glob("*.tar.gz.enc"))
        raise SystemExit(f"sealed set {name!r}: no {src}; sealed sets: {', '.join(known) or 'none'}")
    data = _openssl(src.read_bytes(), decrypt=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile() or member.name.startswith(("/", "..")) or ".." in Path(member.name).parts:
                raise SystemExit(f"sealed set {name!r}: refusing member {member.name!r}")
        tar.extractall(out, filter="data")
    return out / name


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("seal", help="encrypt a blind folder into benchmarks/sealed/")
    s.add_argument("folder", type=Path)
    s.add_argument("--without-texts", action="store_true", help="leave texts/ out (research-only corpus texts)")
    u = sub.add_parser("unseal", help="decrypt a sealed set into a folder")
    u.add_argument("name", help="set name, e.g. blind16")
    u.add_argument("--out", type=Path, required=True, help="parent folder to write <name>/ into")
    sub.add_parser("list", help="list the sealed sets")
    args = ap.parse_args(argv)
    if args.cmd == "seal":
        print(seal(args.folder, without_texts=args.without_texts))
    elif args.cmd == "unseal":
        print(unseal(args.name, out=args.out))
    else:
        for p in sorted(SEALED.glob("*.tar.gz.enc")):
            print(p.name.removesuffix(".tar.gz.enc"), p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
