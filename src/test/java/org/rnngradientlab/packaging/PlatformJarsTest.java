package org.rnngradientlab.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The per-platform jars of {@code ./mvnw -Pplatforms package}: each carries natives for its own system and
 * architecture only, read from the files' headers rather than trusted from their names. Every native library
 * in the jar counts (JavaFX's and any other), also inside nested jars.
 *
 * <p>In a plain {@code ./mvnw verify} the test is skipped when none of the jars has been built; with
 * {@code -Pplatforms} (property {@code platformJars.required}) a missing jar fails it.
 */
class PlatformJarsTest {

    /** An executable format and machine, as the header states them. */
    record Binary(String format, String machine) {

        @Override
        public String toString() {
            return format + " " + machine;
        }
    }

    /** The five platforms: jar classifier, the one binary all its natives must be, and JavaFX's glass for it. */
    enum Platform {
        LINUX("linux", new Binary("ELF", "x86-64"), "libglass.so", "com/sun/glass/ui/gtk/"),
        LINUX_AARCH64("linux-aarch64", new Binary("ELF", "aarch64"), "libglass.so", "com/sun/glass/ui/gtk/"),
        WIN("win", new Binary("PE", "x86-64"), "glass.dll", "com/sun/glass/ui/win/"),
        MAC("mac", new Binary("Mach-O", "x86-64"), "libglass.dylib", "com/sun/glass/ui/mac/"),
        MAC_AARCH64("mac-aarch64", new Binary("Mach-O", "aarch64"), "libglass.dylib", "com/sun/glass/ui/mac/");

        final String classifier;
        final Binary binary;
        final String glassLibrary;
        final String glassClasses;

        Platform(String classifier, Binary binary, String glassLibrary, String glassClasses) {
            this.classifier = classifier;
            this.binary = binary;
            this.glassLibrary = glassLibrary;
            this.glassClasses = glassClasses;
        }

        Path jar() {
            String version = System.getProperty("project.version", "1.0.0");
            return Path.of("target", "rnn-gradient-lab-" + version + "-" + classifier + ".jar");
        }
    }

    /** A native library found in a jar: its path (nested jars as {@code outer.jar!/inner}) and header. */
    record NativeLibrary(String path, Binary binary) {}

    @ParameterizedTest
    @EnumSource(Platform.class)
    void everyNativeLibraryIsBuiltForThePlatformOfItsJar(Platform platform) throws IOException {
        Path jar = platform.jar();
        boolean required = Boolean.getBoolean("platformJars.required");
        boolean anyBuilt = Arrays.stream(Platform.values()).anyMatch(p -> Files.exists(p.jar()));
        assumeTrue(required || anyBuilt, "no platform jar built; ./mvnw -Pplatforms package builds them");
        assertThat(jar).as("built together with the other platform jars").exists();

        List<NativeLibrary> natives = nativeLibraries(jar);

        assertThat(natives).extracting(NativeLibrary::path).contains(platform.glassLibrary);
        assertThat(natives)
                .as("natives of %s in %s", platform.binary, jar)
                .allSatisfy(library ->
                        assertThat(library.binary()).as(library.path()).isEqualTo(platform.binary));
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.stream().map(ZipEntry::getName)).anyMatch(name -> name.startsWith(platform.glassClasses));
            Manifest manifest = file.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("org.rnngradientlab.app.Launcher");
        }
    }

    @Test
    void headersNameFormatAndMachine() {
        assertThat(binary(elf(0x3E))).isEqualTo(new Binary("ELF", "x86-64"));
        assertThat(binary(elf(0xB7))).isEqualTo(new Binary("ELF", "aarch64"));
        assertThat(binary(pe(0x8664))).isEqualTo(new Binary("PE", "x86-64"));
        assertThat(binary(pe(0xAA64))).isEqualTo(new Binary("PE", "aarch64"));
        assertThat(binary(machO(0x0100_0007))).isEqualTo(new Binary("Mach-O", "x86-64"));
        assertThat(binary(machO(0x0100_000C))).isEqualTo(new Binary("Mach-O", "aarch64"));
        assertThat(binary(fatMachO(0x0100_0007, 0x0100_000C))).isEqualTo(new Binary("Mach-O", "x86-64+aarch64"));
        assertThatThrownBy(() -> binary("#!/bin/sh\n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("not an ELF, PE or Mach-O");
    }

    /** Every {@code .so}, {@code .dll}, {@code .dylib} (also versioned, {@code .so.1}), nested jars searched. */
    static List<NativeLibrary> nativeLibraries(Path jar) throws IOException {
        List<NativeLibrary> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(jar)) {
            collect(in, "", found);
        }
        return found;
    }

    private static void collect(InputStream jar, String prefix, List<NativeLibrary> found) throws IOException {
        ZipInputStream zip = new ZipInputStream(jar);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName();
            String lower = name.toLowerCase(Locale.ROOT);
            if (entry.isDirectory()) {
                continue;
            }
            if (lower.endsWith(".jar")) {
                collect(new ByteArrayInputStream(zip.readAllBytes()), prefix + name + "!/", found);
            } else if (lower.endsWith(".dll")
                    || lower.endsWith(".dylib")
                    || lower.endsWith(".jnilib")
                    || lower.matches(".*\\.so(\\.[0-9]+)*")) {
                found.add(new NativeLibrary(prefix + name, binary(zip.readAllBytes())));
            }
        }
    }

    /**
     * The format and machine from a file's header. ELF: magic {@code 7F 'E' 'L' 'F'}, {@code e_machine} at byte
     * 18 in the byte order of {@code EI_DATA} (byte 5). PE: {@code "MZ"}, the PE header's offset at 0x3C, then
     * {@code "PE\0\0"} and the little-endian {@code Machine}. Mach-O: magic {@code 0xFEEDFACF} or
     * {@code 0xFEEDFACE} (either byte order) and {@code cputype} after it; a universal binary
     * ({@code 0xCAFEBABE}, big-endian) lists its architectures, joined by "+".
     */
    static Binary binary(byte[] file) {
        ByteBuffer header = ByteBuffer.wrap(file);
        if (file.length >= 20 && (file[0] & 0xFF) == 0x7F && file[1] == 'E' && file[2] == 'L' && file[3] == 'F') {
            header.order(file[5] == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            int machine = header.getShort(18) & 0xFFFF;
            return new Binary("ELF", elfMachine(machine));
        }
        if (file.length >= 0x40 && file[0] == 'M' && file[1] == 'Z') {
            header.order(ByteOrder.LITTLE_ENDIAN);
            int pe = header.getInt(0x3C);
            if (pe > 0 && pe + 6 <= file.length && header.getInt(pe) == 0x0000_4550) {
                return new Binary("PE", peMachine(header.getShort(pe + 4) & 0xFFFF));
            }
        }
        if (file.length >= 8) {
            int bigEndianMagic = header.order(ByteOrder.BIG_ENDIAN).getInt(0);
            if (bigEndianMagic == 0xCAFE_BABE) {
                int count = header.getInt(4);
                List<String> machines = new ArrayList<>();
                for (int i = 0; i < count && 8 + 20 * i + 4 <= file.length; i++) {
                    machines.add(machOMachine(header.getInt(8 + 20 * i)));
                }
                return new Binary("Mach-O", String.join("+", machines));
            }
            for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
                int magic = header.order(order).getInt(0);
                if (magic == 0xFEED_FACF || magic == 0xFEED_FACE) {
                    return new Binary("Mach-O", machOMachine(header.getInt(4)));
                }
            }
        }
        throw new IllegalArgumentException("not an ELF, PE or Mach-O file");
    }

    private static String elfMachine(int machine) {
        return switch (machine) {
            case 0x03 -> "x86";
            case 0x28 -> "arm";
            case 0x3E -> "x86-64";
            case 0xB7 -> "aarch64";
            default -> "e_machine 0x" + Integer.toHexString(machine);
        };
    }

    private static String peMachine(int machine) {
        return switch (machine) {
            case 0x014C -> "x86";
            case 0x8664 -> "x86-64";
            case 0xAA64 -> "aarch64";
            default -> "Machine 0x" + Integer.toHexString(machine);
        };
    }

    private static String machOMachine(int cpuType) {
        return switch (cpuType) {
            case 0x0000_0007 -> "x86";
            case 0x0100_0007 -> "x86-64";
            case 0x0100_000C -> "aarch64";
            default -> "cputype 0x" + Integer.toHexString(cpuType);
        };
    }

    private static byte[] elf(int machine) {
        ByteBuffer file = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1});
        file.putShort(18, (short) machine);
        return file.array();
    }

    private static byte[] pe(int machine) {
        ByteBuffer file = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {'M', 'Z'});
        file.putInt(0x3C, 0x80);
        file.putInt(0x80, 0x0000_4550);
        file.putShort(0x84, (short) machine);
        return file.array();
    }

    private static byte[] machO(int cpuType) {
        ByteBuffer file = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        file.putInt(0xFEED_FACF).putInt(cpuType);
        return file.array();
    }

    private static byte[] fatMachO(int... cpuTypes) {
        ByteBuffer file = ByteBuffer.allocate(8 + 20 * cpuTypes.length).order(ByteOrder.BIG_ENDIAN);
        file.putInt(0xCAFE_BABE).putInt(cpuTypes.length);
        for (int cpuType : cpuTypes) {
            file.putInt(cpuType).putInt(0).putInt(0).putInt(0).putInt(0);
        }
        return file.array();
    }
}
