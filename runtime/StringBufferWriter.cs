using System;
using System.IO;
using System.Text;
using System.Threading;

namespace LibvirtXml;

/// <summary>
/// The <see cref="TextWriter"/> behind <see cref="LibvirtXmlDocument.Write(ILibvirtXmlSerializable)"/>: writes into a
/// char buffer that is kept between documents, and makes the string from it once. A
/// <see cref="StringWriter"/>'s StringBuilder allocates and zeroes a new chunk each time it grows, which cost about a
/// fifth of Marshal's time and more than half of its allocations.
/// </summary>
/// <remarks>
/// One buffer is kept for the whole process: a writer takes it (or makes a new one when another writer holds it) and
/// gives it back when disposed. Taking is an <see cref="Interlocked.Exchange(ref object, object)"/>, giving back a plain
/// store (when two writers give back at once, one buffer is kept). A [ThreadStatic] buffer would make every process's
/// first Marshal JIT-compile the runtime's thread-statics helper even where this assembly is precompiled (ReadyToRun);
/// the exchange needs nothing compiled, and the object overload (not the generic one) does not even load the
/// System.Threading facade. Writers on several threads at once simply do not all get the kept buffer.
/// </remarks>
internal sealed class StringBufferWriter : TextWriter
{
    private const int InitialSize = 4096;

    /// <summary>Buffers up to this many characters (512 KB) are kept for the next document; larger ones are left to the GC.</summary>
    private const int LargestKeptSize = 256 * 1024;

    private static object? s_keptBuffer;

    private char[] _buffer;
    private int _length;

    /// <remarks>
    /// No format provider: nothing is formatted through this writer (<see cref="LibvirtXmlWriter"/> formats numbers
    /// itself), and asking for a culture would initialize globalization, about 1.5 ms of a process's first Marshal.
    /// </remarks>
    public StringBufferWriter()
    {
        // Taking the kept buffer (rather than sharing it) keeps a nested or concurrent Marshal correct.
        _buffer = Interlocked.Exchange(ref s_keptBuffer, null) as char[] ?? new char[InitialSize];
    }

    public override Encoding Encoding => Encoding.Unicode; // as StringWriter: the text is UTF-16 in memory

    public override void Write(char value)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = value;
    }

    public override void Write(char[] buffer, int index, int count)
    {
        if (buffer is null)
        {
            throw new ArgumentNullException(nameof(buffer));
        }

        EnsureRoom(count);
        Array.Copy(buffer, index, _buffer, _length, count);
        _length += count;
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        EnsureRoom(value.Length);
        value.CopyTo(0, _buffer, _length, value.Length);
        _length += value.Length;
    }

#if NET
    public override void Write(ReadOnlySpan<char> buffer)
    {
        EnsureRoom(buffer.Length);
        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
    }
#endif

    /// <summary>Everything written so far.</summary>
    public override string ToString() => new(_buffer, 0, _length);

    protected override void Dispose(bool disposing)
    {
        if (_buffer.Length <= LargestKeptSize && _buffer.Length > 0)
        {
            s_keptBuffer = _buffer;
        }

        _buffer = [];
        _length = 0;
        base.Dispose(disposing);
    }

    private void EnsureRoom(int count)
    {
        if (_buffer.Length - _length < count)
        {
            Grow(count);
        }
    }

    private void Grow(int count)
    {
        var grown = new char[Math.Max(_buffer.Length * 2, _length + count)];
        Array.Copy(_buffer, grown, _length);
        _buffer = grown;
    }
}
