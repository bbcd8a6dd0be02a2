"""Image-only PDFs that look scanned: the pages of a printed PDF rasterised
in grey by pdftoppm, turned by a fraction of a degree, flecked with dust,
and written back as one image per page (no text layer), so that planrows
has to OCR them. Pure Python: the image is turned by two shears, one slice
of a pixel row at a time, and the PDF is written by hand.
"""
import math
import os
import subprocess
import tempfile
import zlib


def read_pgm(path):
    """(width, height, pixels) of a binary 8-bit PGM file."""
    with open(path, "rb") as f:
        data = f.read()
    fields, at = [], 0
    while len(fields) < 4:
        while data[at:at + 1].isspace():
            at += 1
        start = at
        while not data[at:at + 1].isspace():
            at += 1
        fields.append(data[start:at])
    width, height = int(fields[1]), int(fields[2])
    return width, height, bytearray(data[at + 1:at + 1 + width * height])


def shear_rows(width, height, pixels, slope):
    """Each pixel row moved sideways by slope * its distance from the middle row."""
    out = bytearray(b"\xff" * len(pixels))
    for y in range(height):
        shift = round((y - height / 2) * slope)
        row = pixels[y * width:(y + 1) * width]
        if shift >= 0:
            out[y * width + shift:(y + 1) * width] = row[:width - shift]
        else:
            out[y * width:(y + 1) * width + shift] = row[-shift:]
    return out


def shear_columns(width, height, pixels, slope):
    """Each pixel column moved up or down by slope * its distance from the
    middle column, copied as runs of columns that move alike."""
    out = bytearray(b"\xff" * len(pixels))
    runs, start = [], 0
    for x in range(1, width + 1):
        if x == width or round((x - width / 2) * slope) != round((start - width / 2) * slope):
            runs.append((start, x, round((start - width / 2) * slope)))
            start = x
    for y in range(height):
        for x0, x1, shift in runs:
            source = y - shift
            if 0 <= source < height:
                out[y * width + x0:y * width + x1] = pixels[source * width + x0:source * width + x1]
    return out


def dust(pixels, rng, specks):
    """Scatters `specks` small grey flecks over the page."""
    for _ in range(specks):
        at = rng.randrange(len(pixels))
        pixels[at] = rng.randint(60, 160)


def image_pdf(pages, dpi, path):
    """Writes grey images [(width, height, pixels)] as a PDF, one page each."""
    objects = []  # bodies of objects 3.., then catalog and pages as 1, 2
    kids = []
    for width, height, pixels in pages:
        data = zlib.compress(bytes(pixels), 6)
        image = len(objects) + 3
        objects.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(data))
                       + data + b"\nendstream")
        w, h = width * 72 / dpi, height * 72 / dpi
        draw = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (w, h)
        objects.append(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> "
                       b"/Contents %d 0 R >>" % (w, h, image, image + 1))
        kids.append(image + 2)
    bodies = [b"<< /Type /Catalog /Pages 2 0 R >>",
              b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(bodies + objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


def scan_pdf(pdf_path, out_path, rng, dpi=200, last_page=3):
    """Writes an image-only copy of the first `last_page` pages of
    `pdf_path`, each turned by up to 0.6 degrees and dusted; returns the
    number of pages written."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-l", str(last_page), pdf_path,
                        os.path.join(tmp, "page")], check=True)
        pages = []
        for name in sorted(os.listdir(tmp)):
            width, height, pixels = read_pgm(os.path.join(tmp, name))
            slope = math.tan(math.radians(rng.uniform(-0.6, 0.6)))
            pixels = shear_columns(width, height, shear_rows(width, height, pixels, -slope), slope)
            dust(pixels, rng, rng.randint(500, 3000))
            pages.append((width, height, pixels))
    image_pdf(pages, dpi, out_path)
    return len(pages)
