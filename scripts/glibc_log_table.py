"""Prints the table of glibc's log(), read from this machine's libm, as Java source.

glibc (since 2.28) computes log() with the algorithm and data of Arm's optimized-routines
(math/log.c, math/log_data.c; MIT licence). numpy's legacy standard_normal calls that log(), so a
bit-exact copy of numpy.random.RandomState needs the same table. The struct is
  { double ln2hi, ln2lo, poly[5], poly1[11]; struct {double invc, logc;} tab[128]; ... }
and is found by the bytes of ln2hi followed by ln2lo.

Usage: python3 scripts/glibc_log_table.py [/lib/x86_64-linux-gnu/libm.so.6]
"""
import struct
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "/lib/x86_64-linux-gnu/libm.so.6"
data = open(path, "rb").read()
ln2hi = float.fromhex("0x1.62e42fefa3800p-1")
ln2lo = float.fromhex("0x1.ef35793c76730p-45")
at = data.find(struct.pack("<dd", ln2hi, ln2lo))
if at < 0:
    sys.exit("log data not found in " + path)
values = struct.unpack_from("<%dd" % (2 + 5 + 11 + 256), data, at)
poly, poly1, tab = values[2:7], values[7:18], values[18:]
assert poly1[0] == -0.5, "unexpected layout"


def row(xs):
    return ", ".join(float.hex(x) for x in xs)


print("    private static final double[] POLY = {" + row(poly) + "};")
print("    private static final double[] POLY1 = {")
print("        " + row(poly1))
print("    };")
print("    /** Pairs (1/c, log c) for the 128 subintervals. */")
print("    private static final double[] TABLE = {")
for i in range(0, 256, 2):
    print("        " + row(tab[i:i + 2]) + ",")
print("    };")
