#!/usr/bin/env python3
"""Regenerate the expected AST dumps / SyntaxErrors for the parser tests.

Run with CPython 3.11:  python3 tests/parser/gen_expected.py
Reads tests/parser/corpus.py.txt and tests/parser/errors.py.txt (cases
separated by lines `#====`) and writes *.expected next to them. The dump
format mirrors src/parser/dump.rs: ast field names, `@line:col-line:col`
locations with columns in characters, no locations for f-string parts.
"""
import ast, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = {'type_comment', 'kind', 'type_ignores'}

def cases(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return f.read().split('\n#====\n')

def dump(node, lines, no_loc=False):
    if isinstance(node, list):
        return '[' + ', '.join(dump(x, lines) for x in node) + ']'
    if not isinstance(node, ast.AST):
        return repr(node)
    name = type(node).__name__
    parts = []
    for f in node._fields:
        if f in SKIP:
            continue
        v = getattr(node, f, None)
        if isinstance(node, ast.JoinedStr) and f == 'values':
            s = '[' + ', '.join(dump(x, lines, True) for x in v) + ']'
        elif isinstance(node, ast.FormattedValue) and f == 'format_spec' and v is not None:
            s = dump(v, lines, True)
        else:
            s = dump(v, lines)
        parts.append(f + '=' + s)
    if isinstance(node, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
        return name + '()'
    out = name + '(' + ', '.join(parts) + ')'
    if hasattr(node, 'lineno') and not no_loc:
        def col(l, c):
            return len(lines[l - 1].encode('utf-8')[:c].decode('utf-8'))
        out += '@%d:%d-%d:%d' % (node.lineno, col(node.lineno, node.col_offset),
                                 node.end_lineno, col(node.end_lineno, node.end_col_offset))
    return out

def main():
    out = []
    for src in cases('corpus.py.txt'):
        lines = src.split('\n')
        out.append(dump(ast.parse(src), lines))
    with open(os.path.join(HERE, 'corpus.expected'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    out = []
    for src in cases('errors.py.txt'):
        try:
            compile(src, 'f', 'exec')
            out.append('OK')
        except SyntaxError as e:
            end = e.end_offset if e.end_offset and e.end_offset > e.offset and e.end_lineno == e.lineno else None
            out.append('%s|%s|%d|%d|%s' % (type(e).__name__, e.msg, e.lineno, e.offset, end))
    with open(os.path.join(HERE, 'errors.expected'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')

if __name__ == '__main__':
    main()
