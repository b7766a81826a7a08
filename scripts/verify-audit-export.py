#!/usr/bin/env python3
"""Re-verify a Greenlight audit export (JSON Lines) without Greenlight: recompute every hash from
the documented canonical encoding (docs/audit-log.md) and check the chain links.

    greenlight-cli audit export --out audit.jsonl
    scripts/verify-audit-export.py audit.jsonl [--anchor SEQ:HASH]

Exit 0 and print the head when intact; exit 1 naming the first broken record otherwise."""
import hashlib
import json
import sys

GENESIS = "0" * 64
FIELDS = ["seq", "time", "actor", "role", "action", "object_type", "object_id", "reasons", "inputs"]


def canonical(record):
    """greenlight-audit-v1, then each field as name:byte-length:value, newline-terminated."""
    out = b"greenlight-audit-v1\n"
    for name in FIELDS:
        value = str(record[name]).encode("utf-8")
        out += name.encode("ascii") + b":" + str(len(value)).encode("ascii") + b":" + value + b"\n"
    return out


def parse_args(argv):
    """(export path, anchor or None); raises ValueError with what is wrong."""
    path, anchor, rest = None, None, list(argv[1:])
    while rest:
        arg = rest.pop(0)
        if arg == "--anchor" or arg.startswith("--anchor="):
            value = arg.partition("=")[2] if "=" in arg else (rest.pop(0) if rest else "")
            seq, _, digest = value.partition(":")
            if not seq.isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest.lower()):
                raise ValueError(f"--anchor takes SEQ:HASH (a record number and 64 hex digits), not '{value}'")
            anchor = (int(seq), digest.lower())
        elif arg.startswith("-"):
            raise ValueError(f"unknown option {arg}")
        elif path is None:
            path = arg
        else:
            raise ValueError(f"one export file only, not also {arg}")
    if path is None:
        raise ValueError("which export file?")
    return path, anchor


def main(argv):
    try:
        path, anchor = parse_args(argv)
    except ValueError as e:
        print(f"error: {e}\n{__doc__}", file=sys.stderr)
        return 2
    prev, expected_seq, head = GENESIS, 1, (0, GENESIS)
    anchor_seen = False
    with open(path, "rb") as export:
        for number, raw in enumerate(export, start=1):
            try:
                record = json.loads(raw.decode("utf-8"))
                seq = record["seq"]
            except (UnicodeDecodeError, ValueError, KeyError, TypeError) as e:
                print(f"BROKEN at line {number} (after record {head[0]}): not a readable record ({e})")
                return 1
            if seq != expected_seq:
                print(f"BROKEN at record {expected_seq}: missing or out of sequence (found {seq})")
                return 1
            if record["prev_hash"] != prev:
                print(f"BROKEN at record {seq}: does not link to the record before it")
                return 1
            digest = hashlib.sha256(prev.encode("ascii") + canonical(record)).hexdigest()
            if digest != record["hash"]:
                print(f"BROKEN at record {seq}: does not match its hash (edited)")
                return 1
            if anchor and anchor[0] == seq:
                anchor_seen = True
                if anchor[1] != digest:
                    print(f"BROKEN at record {seq}: differs from the external anchor")
                    return 1
            prev, expected_seq, head = digest, seq + 1, (seq, digest)
    if anchor and not anchor_seen:
        print(f"BROKEN: the anchor's record {anchor[0]} is not in the export")
        return 1
    print(f"intact: {head[0]} records, head {head[0]}:{head[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
