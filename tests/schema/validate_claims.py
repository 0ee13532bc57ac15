#!/usr/bin/env python3
"""Validates every *.claims.json under a folder against the claim-file JSON Schema; exit 1 on any error."""
import json
import pathlib
import sys

import jsonschema

schema_path, folder = sys.argv[1], pathlib.Path(sys.argv[2])
schema = json.loads(pathlib.Path(schema_path).read_text())
validator = jsonschema.Draft202012Validator(schema)
files = sorted(folder.rglob("*.claims.json"))
if not files:
    print(f"no claim files under {folder}")
    sys.exit(1)
errors = 0
for path in files:
    for error in validator.iter_errors(json.loads(path.read_text())):
        errors += 1
        print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
print(f"{len(files)} files checked, {errors} errors")
sys.exit(1 if errors else 0)
