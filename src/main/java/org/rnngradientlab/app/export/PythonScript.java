package org.rnngradientlab.app.export;

import java.util.Locale;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.ScaleMode;
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
        boolean tanh = p.mode() == BackpropMode.TANH;
        String draw = p.init() == WeightInit.RANDN ? "np.random.randn(H, H)" : "np.random.rand(H, H)";
        String scale = p.scaleMode() == ScaleMode.RAW
                ? "Wh = scale * W0"
                : "Wh = scale * W0 / np.max(np.abs(np.linalg.eigvals(W0)))  # " + messages.text("python.spectral");
        StringBuilder s = new StringBuilder();
        s.append("# ").append(messages.text("python.header")).append('\n');
        s.append("# ").append(messages.text("python.source")).append('\n');
        s.append("import numpy as np\n\n");
        for (Parameter parameter : Parameter.values()) {
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
        if (!tanh) {
            s.append("\n# ").append(messages.text("python.matmulNote")).append('\n');
        }
        return s.toString();
    }

    /** A Python float literal that reads back as the same double. */
    private static String literal(double value) {
        String text = Double.toString(value);
        return text.contains("E") ? text.replace("E", "e") : text.toLowerCase(Locale.ROOT);
    }
}
