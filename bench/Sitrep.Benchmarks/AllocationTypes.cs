using System.Diagnostics.Tracing;
using System.Globalization;

namespace Sitrep.Benchmarks;

/// <summary>
/// What one thread allocates, by type: the runtime's allocation samples (one event about every 100 KB allocated,
/// naming the type of the object that crossed the mark), counted for the thread given by <see cref="Watch"/>. A type
/// sampled n times allocated about n x 100 KB. Used by `store-times` when SITREP_ALLOCATION_TYPES=1.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private readonly Dictionary<string, (int Samples, long Bytes)> types = new(StringComparer.Ordinal);
    private long watched = -1;

    /// <summary>Counts the samples of the calling thread from now on.</summary>
    public void Watch() => Interlocked.Exchange(ref watched, CurrentOsThread());

    public void Stop() => Interlocked.Exchange(ref watched, -2);

    private static long CurrentOsThread() => OperatingSystem.IsLinux() ? Gettid() : Environment.CurrentManagedThreadId;

#pragma warning disable SYSLIB1054
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "gettid")]
    [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
    private static extern int Gettid();
#pragma warning restore SYSLIB1054

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick at verbose
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }

        if (Interlocked.Read(ref watched) != e.OSThreadId)
        {
            return;
        }

        var type = "?";
        long bytes = 0;
        for (var i = 0; i < e.Payload.Count; i++)
        {
            switch (e.PayloadNames?[i])
            {
                case "TypeName":
                    type = e.Payload[i] as string ?? "?";
                    break;
                case "AllocationAmount64":
                    bytes = Convert.ToInt64(e.Payload[i], CultureInfo.InvariantCulture);
                    break;
            }
        }

        lock (types)
        {
            var (n, b) = types.GetValueOrDefault(type);
            types[type] = (n + 1, b + bytes);
        }
    }

    public void Print(TextWriter output, double documents)
    {
        lock (types)
        {
            var total = types.Values.Sum(t => t.Bytes);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocation samples of the storing thread: {types.Values.Sum(t => t.Samples)}, {total / documents / 1024:F1} KB a document"));
            foreach (var (type, (n, b)) in types.OrderByDescending(t => t.Value.Bytes).Take(40))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {b / documents / 1024,6:F1} KB  {100.0 * b / total,5:F1} %  {n,6}  {type}"));
            }
        }
    }
}
