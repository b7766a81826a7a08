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


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    anchor = None
    if len(argv) == 4 and argv[2] == "--anchor":
        seq, _, digest = argv[3].partition(":")
        anchor = (int(seq), digest)
    prev, expected_seq, head = GENESIS, 1, (0, GENESIS)
    anchor_seen = False
    with open(argv[1], encoding="utf-8") as export:
        for line in export:
            record = json.loads(line)
            seq = record["seq"]
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
