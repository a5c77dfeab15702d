using System;
using System.IO;
using System.Linq;
using System.Text;
using SharpFuzz;

namespace LibvirtXml.Fuzz;

/// <summary>Runs <see cref="FuzzTarget"/> under afl-fuzz or libFuzzer, or replays a corpus with mutations without either.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["afl"]:
                // Under afl-fuzz, after `sharpfuzz` instrumented LibvirtXml.dll and this assembly (README.md).
                Fuzzer.OutOfProcess.Run(stream => FuzzTarget.Run(ReadAll(stream)));
                return 0;
            case ["libfuzzer"]:
                Fuzzer.LibFuzzer.Run(span => FuzzTarget.Run(span.ToArray()));
                return 0;
            case ["smoke", var corpus, var count]:
                return Smoke(corpus, int.Parse(count));
            default:
                Console.Error.WriteLine("error: usage: LibvirtXml.Fuzz afl | libfuzzer | smoke CORPUS_DIR MUTATIONS");
                return 1;
        }
    }

    /// <summary>
    /// Without a fuzzer: every corpus file, then a fixed number of deterministic mutations of them, in-process.
    /// CI runs this so the harness keeps building and the target keeps holding on known shapes of input.
    /// </summary>
    private static int Smoke(string corpus, int mutations)
    {
        var seeds = Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories).Select(File.ReadAllBytes).ToArray();
        if (seeds.Length == 0)
        {
            Console.Error.WriteLine($"error: no .xml files under {corpus}");
            return 1;
        }

        foreach (var seed in seeds) FuzzTarget.Run(seed);
        var random = new Random(20261127);
        for (var i = 0; i < mutations; i++) FuzzTarget.Run(Mutate(seeds[random.Next(seeds.Length)], random));
        Console.Out.WriteLine($"fuzz smoke: {seeds.Length} corpus files and {mutations} mutations, no unexpected exception");
        return 0;
    }

    private static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = input.ToList();
        var edits = random.Next(1, 8);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0: bytes.RemoveRange(at, Math.Min(random.Next(1, 16), bytes.Count - at)); break;
                case 1: bytes.Insert(at, (byte)"<>&;'\"/= x#0\u00ff"[random.Next(13)]); break;
                case 2: bytes[at] = (byte)random.Next(256); break;
                default: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(random.Next(1, 32), bytes.Count - at))); break;
            }
        }
        return bytes.ToArray();
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
