#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""schema_check.py SCHEMA.json valid|valid:NAME|invalid FILE... - validate each
YAML FILE against the JSON Schema of `naskah schema` with Debian's
python3-jsonschema, reading YAML as an editor does (YAML 1.2 core:
no dates, only true/false are booleans, keys are texts).  Prints
"ok: FILE" when the outcome is the one asked for, else "FAIL: FILE"
and why; for invalid, the first error's path.
"""
import json
import re
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    """YAML 1.2 core schema resolution, as yaml-language-server."""


Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
        ('tag:yaml.org,2002:bool',
         r'^(?:true|True|TRUE|false|False|FALSE)$', 'tTfF'),
        ('tag:yaml.org,2002:int',
         r'^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$',
         '-+0123456789'),
        ('tag:yaml.org,2002:float',
         r'^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?'
         r'|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$',
         '-+.0123456789'),
        ('tag:yaml.org,2002:null', r'^(?:~|null|Null|NULL|)$',
         ['~', 'n', 'N', '']),
]:
    Loader.add_implicit_resolver(tag, re.compile(pattern), list(first))


def keys_to_text(v):
    if isinstance(v, dict):
        return {str(k): keys_to_text(x) for k, x in v.items()}
    if isinstance(v, list):
        return [keys_to_text(x) for x in v]
    return v


def main():
    schema = json.load(open(sys.argv[1], encoding='utf-8'))
    want_valid = sys.argv[2].startswith('valid')
    if ':' in sys.argv[2]:
        # valid:NAME: definitions.NAME (an included file)
        schema = {'$schema': schema['$schema'],
                  'definitions': schema['definitions'],
                  '$ref': '#/definitions/' + sys.argv[2].split(':', 1)[1]}
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    bad = 0
    for path in sys.argv[3:]:
        try:
            doc = keys_to_text(yaml.load(open(path, encoding='utf-8'),
                                         Loader=Loader))
        except yaml.YAMLError as e:
            print('FAIL: %s: not YAML to the validator: %s' % (path, e))
            bad += 1
            continue
        errors = sorted(validator.iter_errors(doc),
                        key=lambda e: list(e.absolute_path))
        where = '; '.join('%s: %s' % ('.'.join(map(str, e.absolute_path))
                                      or '(top)', e.message[:160])
                          for e in errors[:3])
        if want_valid and not errors:
            print('ok: %s' % path)
        elif not want_valid and errors:
            print('ok: %s rejected at %s' % (path, where))
        else:
            print('FAIL: %s: %s' % (path, where if errors else
                                    'the schema accepts it'))
            bad += 1
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
