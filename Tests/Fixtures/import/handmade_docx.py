#!/usr/bin/env python3
"""Writes a .docx by hand, in WordprocessingML as Word itself writes it (not as Pandoc does):
a Title-styled paragraph in capitals, a byline, bold lines used as headings, real footnotes with
italics, a link and "Ibid.", a tracked insertion and deletion (w:ins, w:del) and a comment.
Used by the import tests as a second writer's dialect.   python3 handmade_docx.py OUT.docx [--no-title-block]

Word's document properties (docProps/core.xml) carry a stale title and two authors; with
--no-title-block the page opens with the first heading, and the import falls back to them."""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(text, bold=False, italic=False):
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def note_ref(n):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'


title_block = [para(run("Power trade across borders lowers costs for every grid that takes part."))] \
    if "--no-title-block" in sys.argv else [
    para(run("CROSS-BORDER POWER TRADE IN SOUTH ASIA"), style="Title"),
    para(run("By Amara Diallo, Research Fellow, Centre for Economic Policy and Farid Nasser")),
    para(run("Edited by Halima Osman")),
    para(run("28 January 2025")),
    para(run("[The views in this paper are the authors' own and not those of any government.]")),
]

body = "".join(title_block + [
    para(run("The Case for Trade", bold=True)),
    para(run("Grids that trade power need fewer plants."), note_ref(1),
         ' <w:ins w:id="11" w:author="Copy Editor" w:date="2025-01-20T10:00:00Z">' + run(" Much fewer.") + "</w:ins>",
         '<w:del w:id="12" w:author="Copy Editor" w:date="2025-01-20T10:00:00Z"><w:r><w:delText>Removed sentence.</w:delText></w:r></w:del>'),
    para('<w:commentRangeStart w:id="0"/>', run("Prices converge when lines are built."), '<w:commentRangeEnd w:id="0"/>',
         '<w:r><w:commentReference w:id="0"/></w:r>', note_ref(2)),
    para(run("What Stands in the Way", bold=True)),
    para(run("Tariffs differ by a factor of three."), note_ref(3)),
])

document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'

footnotes = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p>{run("World Bank, ")}{run("Regional Power Trade", italic=True)}{run(" (2023), ")}<w:hyperlink r:id="rIdLink"><w:r><w:t>https://example.org/power-trade</w:t></w:r></w:hyperlink>{run(".")}</w:p></w:footnote>
<w:footnote w:id="2"><w:p>{run("Ibid.")}</w:p></w:footnote>
<w:footnote w:id="3"><w:p>{run("Ibid., 14.")}</w:p></w:footnote>
</w:footnotes>'''

comments = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {W}><w:comment w:id="0" w:author="Reviewer Two" w:date="2025-01-21T09:00:00Z"><w:p>{run("Which lines? Name them.")}</w:p></w:comment></w:comments>'''

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>'''

content_types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
</Types>'''

rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>'''

document_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>
</Relationships>'''

footnote_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/power-trade" TargetMode="External"/>
</Relationships>'''

core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Power Trade &amp; the Grid: A Draft</dc:title><dc:subject/><dc:creator>Amara Diallo; Farid Nasser</dc:creator>
<cp:lastModifiedBy>Microsoft Office User</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2025-01-20T09:00:00Z</dcterms:created>
</cp:coreProperties>'''

with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", rels)
    z.writestr("docProps/core.xml", core)
    z.writestr("word/document.xml", document)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/footnotes.xml", footnotes)
    z.writestr("word/comments.xml", comments)
    z.writestr("word/_rels/document.xml.rels", document_rels)
    z.writestr("word/_rels/footnotes.xml.rels", footnote_rels)
