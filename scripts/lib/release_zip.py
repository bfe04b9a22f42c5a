#!/usr/bin/env python3
"""Writes a zip whose bytes depend only on the files' names and contents: entries
sorted, one fixed timestamp, fixed permissions, no extra fields. Two builds of one
commit therefore give the same archive (scripts/release checks that).
Usage: release_zip.py SOURCE_DIR TOP_FOLDER OUT.zip"""
import os
import sys
import zipfile

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold


def main(source, top, out):
    names = sorted(n for n in os.listdir(source) if os.path.isfile(os.path.join(source, n)))
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            info = zipfile.ZipInfo(f"{top}/{name}", date_time=FIXED_TIME)
            # FILE.gz and FILE.br (docs/adr/0015) are compressed already: stored as they are.
            info.compress_type = zipfile.ZIP_STORED if name.endswith((".gz", ".br")) else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, whatever machine builds it
            with open(os.path.join(source, name), "rb") as f:
                archive.writestr(info, f.read(), compresslevel=9)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
