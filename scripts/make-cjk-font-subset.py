#!/usr/bin/env python3
"""Builds resources/fonts/NotoSansSC-GB2312.ttf, the font the PDF letter export embeds.

Noto Sans CJK SC (SIL Open Font License 1.1; Debian package fonts-noto-cjk) cut down to ASCII,
Latin-1 and Latin Extended-A (English, French, Spanish), general and CJK punctuation, full-width
forms and all of GB 2312 (its 6,763 hanzi cover everyday simplified Chinese; its symbols
rows add □, ①, Greek, Cyrillic). The outlines are
converted from CFF to TrueType because pdf-lib's font subsetter handles TrueType reliably.
Run: /usr/bin/python3 scripts/make-cjk-font-subset.py  (needs python3-fonttools)
"""
from fontTools.ttLib import TTCollection, newTable
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

SOURCE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
TARGET = 'resources/fonts/NotoSansSC-GB2312.ttf'


def gb2312():
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode('gb2312')))
            except UnicodeDecodeError:
                pass
    return chars


def codepoints():
    ranges = [(0x20, 0x7E), (0xA0, 0x17F), (0x2000, 0x206F), (0x20AC, 0x20AC), (0x2116, 0x2122),
              (0x2190, 0x2193), (0x2460, 0x2473), (0x3000, 0x303F), (0xFF01, 0xFF5E), (0xFFE0, 0xFFE6)]
    points = gb2312()
    for start, end in ranges:
        points.update(range(start, end + 1))
    return points


def to_truetype(font):
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font['loca'] = newTable('loca')
    glyf = font['glyf'] = newTable('glyf')
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    # Glyph offsets 4-byte aligned, as the spec recommends: fontkit misreads unaligned ones.
    glyf.padding = 4
    del font['CFF ']
    if 'VORG' in font:
        del font['VORG']
    font['maxp'] = maxp = newTable('maxp')
    maxp.tableVersion = 0x00010000
    for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                  'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font['head'].glyphDataFormat = 0
    font['post'].formatType = 3.0
    font.sfntVersion = '\x00\x01\x00\x00'


def main():
    collection = TTCollection(SOURCE)
    font = next(f for f in collection.fonts if f['name'].getDebugName(1) == 'Noto Sans CJK SC')
    options = subset.Options()
    options.layout_features = ['kern', 'vert']
    options.name_IDs = ['*']
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints())
    subsetter.subset(font)
    to_truetype(font)
    font.save(TARGET)


if __name__ == '__main__':
    main()
