package org.rnngradientlab.core;

/**
 * A complex number, here an eigenvalue of Wh.
 *
 * @param re the real part
 * @param im the imaginary part
 */
public record Complex(double re, double im) {

    /** |z|, computed without overflow or underflow ({@link Math#hypot}). */
    public double modulus() {
        return Math.hypot(re, im);
    }

    /** c·z for a real c. */
    public Complex times(double c) {
        return new Complex(c * re, c * im);
    }
}
