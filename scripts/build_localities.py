#!/usr/bin/env python3
"""Build ``extractor/lexicon/data/localities.txt``: the names of Việt Nam's provinces,
districts, wards and communes, before and after the 2025 reorganization.

    python scripts/build_localities.py

Source: the General Statistics Office's list of administrative divisions, as packaged on
PyPI by ``vietnam-provinces`` (0.6.0: 63 provinces, their districts and wards before the
2025 reorganization; 2025.10.1: the 34 provinces and 3,321 wards, communes and special zones
after it). The script downloads both wheels with pip (a build step, never at run time) and
keeps only the names, without the unit word ("Quận Ba Đình" -> "Ba Đình"), normalized as the
lexicons are. News of 2018 uses the old districts, news of 2025-26 the new communes; both
are places.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from extractor.text.normalize import canonical  # noqa: E402

OUT = ROOT / "extractor" / "lexicon" / "data" / "localities.txt"
# Names of one syllable ("Phường Hồ", "Thị trấn Phùng") apart: a family name of one syllable
# after a unit word is a place only when the list holds it.
OUT_ONE = ROOT / "extractor" / "lexicon" / "data" / "one_syllable_localities.txt"
RELEASES = ("0.6.0", "2025.10.1")
# Unit words that lead an official name ("Thành phố Hà Nội", "Thị xã Sơn Tây", "Đặc khu Phú Quốc").
_ROMAN = re.compile(r"[IVXL]+")
_UNIT = re.compile(r"^(?:Thành phố|Thị xã|Thị trấn|Quận|Huyện|Tỉnh|Phường|Xã|Đặc khu)\s+", re.IGNORECASE)


def _names(division: dict) -> list[str]:
    names = [division["name"]]
    for key in ("districts", "wards"):
        for child in division.get(key, []):
            names.extend(_names(child))
    return names


def main() -> int:
    names: set[str] = set()
    one_syllable: set[tuple[str, str]] = set()  # (name, unit word in lower case)
    with tempfile.TemporaryDirectory() as tmp:
        for release in RELEASES:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "download",
                    f"vietnam-provinces=={release}",
                    "--no-deps",
                    "-q",
                    "-d",
                    tmp,
                ],
                check=True,
            )
            wheel = next(Path(tmp).glob(f"vietnam_provinces-{release}-*.whl"))
            with zipfile.ZipFile(wheel) as archive:
                divisions = json.loads(archive.read("vietnam_provinces/data/nested-divisions.json"))
            for province in divisions:
                for name in _names(province):
                    bare = canonical(_UNIT.sub("", name).strip())
                    unit = _UNIT.match(name)
                    if not bare or bare[0].isdigit() or _ROMAN.fullmatch(bare):
                        continue  # numbered wards ("Phường 12", "Phường IV") name nothing on their own
                    if len(bare.split()) >= 2:
                        names.add(bare)
                    elif unit:
                        one_syllable.add((bare, canonical(unit.group(0).strip().lower())))
    header = (
        "# Names of Việt Nam's provinces, districts, wards and communes, before and after the 2025\n"
        "# reorganization, without the unit word; names of two syllables or more. Source: the General\n"
        "# Statistics Office's list as packaged by vietnam-provinces 0.6.0 and 2025.10.1 (PyPI).\n"
        "# Built by scripts/build_localities.py; do not edit by hand.\n"
    )
    OUT.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    OUT_ONE.write_text(
        "# Names of Việt Nam's provinces, districts, wards and communes of one syllable, before and\n"
        "# after the 2025 reorganization: name, tab, its unit word. Source and build as localities.txt.\n"
        "# Built by scripts/build_localities.py; do not edit by hand.\n"
        + "\n".join(f"{name}\t{unit}" for name, unit in sorted(one_syllable))
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(one_syllable)} names of one syllable -> {OUT_ONE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
