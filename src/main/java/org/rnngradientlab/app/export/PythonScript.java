package org.rnngradientlab.app.export;

import java.util.Locale;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.core.WeightInit;

/**
 * A short numpy script, in the style of the book's {@code ch06/rnn_gradient_graph.py}, that reproduces the
 * run on screen exactly (numpy's legacy generator draws the same W0 and X) and plots it, so that students
 * can check it in Jupyter. Comments follow the UI's language.
 */
public final class PythonScript {

    private PythonScript() {}

    /** The script for {@code p}. */
    public static String of(SimulationParams p, Messages messages) {
        boolean matmul = p.mode() == BackpropMode.MATMUL;
        String draw = p.init() == WeightInit.RANDN ? "np.random.randn(H, H)" : "np.random.rand(H, H)";
        String scale =
                switch (p.scaleMode()) {
                    case RAW -> "Wh = scale * W0";
                    case SPECTRAL -> "Wh = scale * W0 / np.max(np.abs(np.linalg.eigvals(W0)))  # "
                            + messages.text("python.spectral");
                    case GAIN -> "Wh = scale * W0 / np.sqrt(H)  # " + messages.text("python.gain");
                };
        StringBuilder s = new StringBuilder();
        s.append("# ").append(messages.text("python.header")).append('\n');
        s.append("# ").append(messages.text("python.source")).append('\n');
        s.append("import numpy as np\n\n");
        for (Parameter parameter : Parameter.values()) {
            if (!parameter.appliesTo(p)) {
                continue;
            }
            double value = parameter.get(p);
            s.append(parameter.pythonName())
                    .append(" = ")
                    .append(parameter.integer() ? Long.toString((long) value) : literal(value))
                    .append("  # ")
                    .append(messages.text(parameter.messageKey() + ".python"))
                    .append('\n');
        }
        s.append("mode = \"")
                .append(p.mode().id())
                .append("\"  # ")
                .append(messages.text("python.mode"))
                .append("\n\n");
        s.append("np.random.seed(").append(Parameter.SEED.pythonName()).append(")\n");
        s.append("W0 = ").append(draw).append('\n');
        if (p.mode() == BackpropMode.LSTM) {
            lstm(p, messages, s);
        } else {
            rnn(scale, messages, s);
        }
        s.append("print(norm_list)\n");
        s.append("print(\"|dWh| =\", total_norm, \" clip rate =\", min(rate, 1.0))\n\n");
        s.append("try:\n");
        s.append("    import matplotlib.pyplot as plt\n");
        s.append("except ImportError:  # ")
                .append(messages.text("python.noPlot"))
                .append('\n');
        s.append("    plt = None\n");
        s.append("if plt is not None:\n");
        s.append("    plt.plot(np.arange(1, T + 1), norm_list)\n");
        s.append("    plt.yscale(\"log\")\n");
        s.append("    plt.xlabel(\"").append(messages.text("python.xlabel")).append("\")\n");
        s.append("    plt.ylabel(\"").append(messages.text("python.ylabel")).append("\")\n");
        s.append("    plt.show()\n");
        if (matmul) {
            s.append("\n# ").append(messages.text("python.matmulNote")).append('\n');
        }
        return s.toString();
    }

    /** The RNN's loop: the book's MatMul-only pass, or the full RNN with tanh. */
    private static void rnn(String scale, Messages messages, StringBuilder s) {
        s.append(scale).append('\n');
        s.append("X = np.random.randn(T, N, H) * input_scale\n\n");
        s.append("# ").append(messages.text("python.forward")).append('\n');
        s.append("h = np.zeros((N, H))\n");
        s.append("hs = [h]\n");
        s.append("with np.errstate(all=\"ignore\"):  # ")
                .append(messages.text("python.errstate"))
                .append('\n');
        s.append("    for t in range(T):\n");
        s.append("        a = h @ Wh + X[t]\n");
        s.append("        h = np.tanh(a) if mode == \"tanh\" else a\n");
        s.append("        hs.append(h)\n\n");
        s.append("    # ").append(messages.text("python.backward")).append('\n');
        s.append("    dh = np.ones((N, H))\n");
        s.append("    dWh = np.zeros((H, H))\n");
        s.append("    norm_list = []\n");
        s.append("    for k in range(1, T + 1):\n");
        s.append("        t = T - k + 1\n");
        s.append("        dt = dh * (1 - hs[t] ** 2) if mode == \"tanh\" else dh\n");
        s.append("        dWh += hs[t - 1].T @ dt\n");
        s.append("        dh = dt @ Wh.T\n");
        s.append("        norm = np.sqrt(np.sum(dh ** 2)) / N\n");
        s.append("        norm_list.append(float(norm))\n\n");
        s.append("    # ").append(messages.text("python.clip")).append('\n');
        s.append("    total_norm = np.sqrt(np.sum(dWh ** 2))\n");
        s.append("    rate = max_norm / (total_norm + 1e-6)\n\n");
    }

    /** The book's LSTM cell on the same W0 and X, the other gates drawn after X (common/time_layers.py). */
    private static void lstm(SimulationParams p, Messages messages, StringBuilder s) {
        String draw = p.init() == WeightInit.RANDN ? "np.random.randn" : "np.random.rand";
        s.append(
                        switch (p.scaleMode()) {
                            case RAW -> "k = scale\n";
                            case SPECTRAL -> "k = scale / np.max(np.abs(np.linalg.eigvals(W0)))  # "
                                    + messages.text("python.spectral") + "\n";
                            case GAIN -> "k = scale / np.sqrt(H)  # " + messages.text("python.gain") + "\n";
                        })
                .append("X = np.random.randn(T, N, H) * input_scale\n")
                .append("Wfio = ")
                .append(draw)
                .append("(H, 3 * H) * k  # ")
                .append(messages.text("python.lstmGates"))
                .append('\n')
                .append("Xfio = np.random.randn(T, N, 3 * H) * input_scale\n")
                .append("Wh = np.hstack((Wfio[:, :H], W0 * k, Wfio[:, H:2 * H], Wfio[:, 2 * H:]))  # f, g, i, o\n")
                .append("Xa = np.concatenate((Xfio[:, :, :H], X, Xfio[:, :, H:2 * H], Xfio[:, :, 2 * H:]), axis=2)\n")
                .append("b = np.zeros(4 * H)\n")
                .append("b[:H] = forget_bias\n")
                .append("sigmoid = lambda x: 1 / (1 + np.exp(-x))\n\n")
                .append("# ")
                .append(messages.text("python.forward"))
                .append('\n')
                .append("h = np.zeros((N, H))\n")
                .append("c = np.zeros((N, H))\n")
                .append("caches = []\n")
                .append("with np.errstate(all=\"ignore\"):  # ")
                .append(messages.text("python.errstate"))
                .append('\n')
                .append("    for t in range(T):\n")
                .append("        A = h @ Wh + Xa[t] + b\n")
                .append("        f, g = sigmoid(A[:, :H]), np.tanh(A[:, H:2 * H])\n")
                .append("        i, o = sigmoid(A[:, 2 * H:3 * H]), sigmoid(A[:, 3 * H:])\n")
                .append("        c_next = f * c + g * i\n")
                .append("        caches.append((h, c, f, g, i, o, c_next))\n")
                .append("        h, c = o * np.tanh(c_next), c_next\n\n")
                .append("    # ")
                .append(messages.text("python.lstmBackward"))
                .append('\n')
                .append("    dh, dc = np.ones((N, H)), np.zeros((N, H))\n")
                .append("    dWh = np.zeros((H, 4 * H))\n")
                .append("    norm_list, cell_norm_list = [], []\n")
                .append("    for h_prev, c_prev, f, g, i, o, c_next in reversed(caches):\n")
                .append("        tanh_c = np.tanh(c_next)\n")
                .append("        ds = dc + (dh * o) * (1 - tanh_c ** 2)\n")
                .append("        dc = ds * f\n")
                .append("        di, df = ds * g * i * (1 - i), ds * c_prev * f * (1 - f)\n")
                .append("        do, dg = dh * tanh_c * o * (1 - o), ds * i * (1 - g ** 2)\n")
                .append("        dA = np.hstack((df, dg, di, do))\n")
                .append("        dWh += h_prev.T @ dA\n")
                .append("        dh = dA @ Wh.T\n")
                .append("        norm_list.append(float(np.sqrt(np.sum(dh ** 2)) / N))\n")
                .append("        cell_norm_list.append(float(np.sqrt(np.sum(dc ** 2)) / N))\n\n")
                .append("    # ")
                .append(messages.text("python.clip"))
                .append('\n')
                .append("    total_norm = np.sqrt(np.sum(dWh ** 2))\n")
                .append("    rate = max_norm / (total_norm + 1e-6)\n\n")
                .append("print(cell_norm_list)\n");
    }

    /** A Python float literal that reads back as the same double. */
    private static String literal(double value) {
        String text = Double.toString(value);
        return text.contains("E") ? text.replace("E", "e") : text.toLowerCase(Locale.ROOT);
    }
}
