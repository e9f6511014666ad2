# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Every link of the pages Galaxy renders (README.md and the top-level docs/*.md) works there.

Galaxy shows those pages alone, away from the repository: a relative link leads nowhere. Links
into the repository are absolute (the repository URL of galaxy.yml), name a file or folder that
exists, and an anchor names a heading of its page. docs/modules/ and docs/cookbook/, which Galaxy
does not render, are reached through such links.
"""

import glob
import os
import re

import pytest
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
INLINE = re.compile(r'\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)')
REFERENCE = re.compile(r'^\s*\[[^\]]+\]:\s*(\S+)', re.MULTILINE)
HREF = re.compile(r'''\bhref=["']([^"']+)["']''')
FENCE = re.compile(r'^(```|~~~).*?^\1', re.MULTILINE | re.DOTALL)


def repository():
    with open(os.path.join(ROOT, 'galaxy.yml'), encoding='utf-8') as handle:
        return yaml.safe_load(handle)['repository'].rstrip('/')


def rendered_pages():
    return ['README.md'] + sorted(os.path.relpath(path, ROOT) for path in glob.glob(os.path.join(ROOT, 'docs', '*.md')))


def links(text):
    text = FENCE.sub('', text)
    return INLINE.findall(text) + REFERENCE.findall(text) + HREF.findall(text)


def slug(heading):
    """The anchor GitHub gives a heading."""
    text = re.sub(r'[^\w\- ]', '', heading.strip().lower())
    return text.replace(' ', '-')


def anchors(path):
    with open(path, encoding='utf-8') as handle:
        text = FENCE.sub('', handle.read())
    return {slug(match) for match in re.findall(r'^#{1,6}\s+(.*?)\s*#*\s*$', text, re.MULTILINE)}


def problems(page, text, repo):
    """What is wrong with the links of `page` (its path from the root) whose text is `text`."""
    found = []
    for target in links(text):
        if target.startswith('#'):
            if target[1:] not in anchors(os.path.join(ROOT, page)):
                found.append('%s: %s names no heading of the page' % (page, target))
            continue
        if re.match(r'^(https?|mailto):', target):
            match = re.match(r'^%s/(blob|tree)/main/([^#?]*)(?:#(.*))?$' % re.escape(repo), target)
            if target.startswith(repo + '/') and not match and not target.startswith(repo + '/issues'):
                found.append('%s: %s: link a file as %s/blob/main/PATH or a folder as %s/tree/main/PATH' % (page, target, repo, repo))
            elif match:
                kind, path, anchor = match.groups()
                full = os.path.join(ROOT, path)
                if not (os.path.isfile(full) if kind == 'blob' else os.path.isdir(full)):
                    found.append('%s: %s: no %s %s in the repository' % (page, target, 'file' if kind == 'blob' else 'folder', path))
                elif anchor and path.endswith('.md') and anchor not in anchors(full):
                    found.append('%s: %s: #%s names no heading of %s' % (page, target, anchor, path))
            continue
        found.append('%s: %s is relative: Galaxy renders the page alone, write %s/blob/main/%s' % (
            page, target, repo, os.path.normpath(os.path.join(os.path.dirname(page), target))))
    return found


def test_the_check_catches_broken_links():
    repo = 'https://github.com/example/coll'
    page = 'docs/index.md'
    assert problems(page, '[a](getting-started.md)', repo) == [
        'docs/index.md: getting-started.md is relative: Galaxy renders the page alone, write %s/blob/main/docs/getting-started.md' % repo]
    assert problems(page, '[a](%s/blob/main/docs/index.md)' % repo, repo) == []
    assert problems(page, '[a](%s/blob/main/docs/nothing.md)' % repo, repo) == [
        'docs/index.md: %s/blob/main/docs/nothing.md: no file docs/nothing.md in the repository' % repo]
    assert problems(page, '[a](%s/tree/main/docs/cookbook)' % repo, repo) == []
    assert problems(page, '[a](%s/blob/main/docs/idempotency.md#no-such-part)' % repo, repo) == [
        'docs/index.md: %s/blob/main/docs/idempotency.md#no-such-part: #no-such-part names no heading of docs/idempotency.md' % repo]
    assert problems(page, '```\n[not a link](x.md)\n```\n[b](https://pypi.org/project/requests/)', repo) == []
    assert len(problems(page, '[ref]: ../LICENSE\n<a href="emulator.md">e</a>', repo)) == 2


@pytest.mark.parametrize('page', rendered_pages())
def test_every_link_works_on_galaxy(page):
    with open(os.path.join(ROOT, page), encoding='utf-8') as handle:
        text = handle.read()
    found = problems(page, text, repository())
    assert not found, '\n'.join(found)


def test_pages_galaxy_does_not_render_are_reachable():
    repo = repository()
    linked = set()
    for page in rendered_pages():
        with open(os.path.join(ROOT, page), encoding='utf-8') as handle:
            for target in links(handle.read()):
                match = re.match(r'^%s/(?:blob|tree)/main/([^#?]*)' % re.escape(repo), target)
                if match:
                    linked.add(match.group(1).rstrip('/'))
    hidden = sorted(os.path.relpath(path, ROOT) for path in glob.glob(os.path.join(ROOT, 'docs', 'modules', '*.md')))
    hidden.append('docs/cookbook/README.md')
    unreachable = [path for path in hidden if path not in linked]
    assert not unreachable, 'not linked from README.md or a top-level docs/*.md page (Galaxy renders only those): %s' % unreachable
