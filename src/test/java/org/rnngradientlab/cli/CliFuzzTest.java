package org.rnngradientlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Any arguments: exit status 0, 1 or 2, and on failure one line on stderr without a stack trace. Values are
 * drawn small so that the runs that are valid stay quick.
 */
class CliFuzzTest {

    private static final List<String> COMMANDS =
            List.of("simulate", "export", "bench", "simulat", "SIMULATE", "train", "--open", "", "--help");
    private static final List<String> OPTIONS = List.of(
            "--hidden",
            "--steps",
            "--seed",
            "--scale",
            "--init",
            "--scale-mode",
            "--mode",
            "--batch",
            "--input-scale",
            "--max-norm",
            "--format",
            "--lesson",
            "--out",
            "--width",
            "--height",
            "--pixel-ratio",
            "--language",
            "--measure",
            "--seconds",
            "--bogus",
            "-x",
            "--");
    private static final List<String> VALUES = List.of(
            "0",
            "1",
            "3",
            "8",
            "-1",
            "2.5",
            "0,5",
            "1e3",
            "10001",
            "NaN",
            "Infinity",
            "abc",
            "",
            " ",
            "randn",
            "rand",
            "raw",
            "spectral",
            "matmul",
            "tanh",
            "json",
            "csv",
            "ko",
            "en",
            "/nonexistent/x.json",
            "4294967296",
            "0x10",
            "1d",
            "∞",
            "한국어",
            "٣",
            "3\n4",
            "9".repeat(100_000),
            "/dev/zero",
            "/dev/full",
            "/");

    @Provide
    Arbitrary<List<String>> argumentLists() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(OPTIONS)),
                Tuple.of(4, Arbitraries.of(VALUES)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(8)));
        return Arbitraries.of(COMMANDS)
                .flatMap(command -> token.list().ofMaxSize(8).map(rest -> {
                    ArrayList<String> args = new ArrayList<>();
                    if (!command.isEmpty()) {
                        args.add(command);
                    }
                    args.addAll(rest);
                    if (command.equals("bench")) {
                        args.addAll(List.of("--seconds", "0.01"));
                    }
                    return args;
                }));
    }

    @Property(tries = 400)
    void anyArgumentsEndWithAStatusAndAtMostOneLineOfError(@ForAll("argumentLists") List<String> args) {
        CliRun run = CliRun.with(request -> {}, args.toArray(String[]::new));
        assertThat(run.status()).isIn(0, 1, 2);
        if (run.status() != 0) {
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).hasSizeLessThan(600);
            assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception:");
        }
    }
}
