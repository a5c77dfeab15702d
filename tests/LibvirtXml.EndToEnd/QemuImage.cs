using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace LibvirtXml.EndToEnd;

/// <summary>
/// qemu-img on disk images and NBD exports. Images the running domain holds are opened with <c>-U</c> (force share):
/// the domain has no operating system, so its disk changes only when a test writes to it.
/// </summary>
public static class QemuImage
{
    /// <summary>The NBD URI of an export on a unix socket, as qemu-img reads it.</summary>
    public static string NbdUri(string socket, string exportName) => $"nbd+unix:///{exportName}?socket={socket}";

    /// <summary>A qcow2 image without its backing file: what is not in the image itself reads as zeros.</summary>
    public static string WithoutBacking(string qcow2File) =>
        Json(new { driver = "qcow2", file = new { driver = "file", filename = qcow2File }, backing = (string?)null });

    /// <summary>
    /// An NBD export seen through one of its dirty bitmaps: qemu-img then reports the bitmap's dirty blocks as
    /// holes (<c>"data": false</c>) and the clean ones as data.
    /// </summary>
    public static string NbdDirtyBitmap(string socket, string exportName, string bitmap) =>
        Json(new Dictionary<string, object>
        {
            ["driver"] = "nbd",
            ["server"] = new { type = "unix", path = socket },
            ["export"] = exportName,
            ["x-dirty-bitmap"] = "qemu:dirty-bitmap:" + bitmap,
        });

    /// <summary><c>qemu-img info</c> as JSON (<c>format</c>, <c>virtual-size</c>, <c>backing-filename</c>, ...).</summary>
    public static JsonElement Info(string image)
    {
        using var document = JsonDocument.Parse(Command.RunChecked("qemu-img", "info", "-U", "--output=json", image));
        return document.RootElement.Clone();
    }

    /// <summary><c>qemu-img compare</c> of the guest-visible content: exit code 0 when identical, 1 when different.</summary>
    public static CommandResult Compare(string first, string second) => Command.Run("qemu-img", "compare", "-U", first, second);

    /// <summary>The guest-visible content of an image, through a raw copy.</summary>
    public static byte[] ReadAll(string image, string rawFile)
    {
        Command.RunChecked("qemu-img", "convert", "-U", "-O", "raw", image, rawFile);
        return System.IO.File.ReadAllBytes(rawFile);
    }

    /// <summary>Copies an NBD export to a new qcow2 image.</summary>
    public static void CopyExport(string socket, string exportName, string qcow2File) =>
        Command.RunChecked("qemu-img", "convert", "-f", "raw", "-O", "qcow2", NbdUri(socket, exportName), qcow2File);

    /// <summary><c>qemu-img map</c>: which runs of the image hold data.</summary>
    public static IReadOnlyList<Extent> Map(string image)
    {
        using var document = JsonDocument.Parse(Command.RunChecked("qemu-img", "map", "-U", "--output=json", image));
        return document.RootElement.EnumerateArray()
            .Select(e => new Extent(e.GetProperty("start").GetInt64(), e.GetProperty("length").GetInt64(), e.GetProperty("data").GetBoolean()))
            .ToList();
    }

    // qemu's json: pseudo-protocol reaches options that plain file names and URIs cannot (backing: null, x-dirty-bitmap).
    private static string Json(object options) => "json:" + JsonSerializer.Serialize(options);

    /// <summary>A run of bytes in <c>qemu-img map</c> output and whether it holds data.</summary>
    public readonly record struct Extent(long Start, long Length, bool Data);
}
