using System.Collections.Concurrent;
using System.Globalization;
using Orleans.Serialization;
using Orleans.Storage;

namespace Diplomacy.Runtime.Hosting;

/// <summary>
/// Grain state held in the silo's own memory: the storage of the embedded silo and of the test
/// clusters (a cluster of <c>diplomacy silo</c> processes keeps its state in Redis instead).
/// Orleans' memory storage remembers every key it ever held (a cleared state stays behind as a
/// marker) and keeps state as JSON; over a long sweep that is about 20 keys a run that never go,
/// so memory grew with the run count. This store forgets a state when its grain clears it (every
/// grain does at the end of its run), keeps an Orleans deep copy instead of JSON, and checks
/// ETags as any storage does, so a stale write is refused rather than lost.
/// </summary>
public sealed class InMemoryRunStorage(DeepCopier copier) : IGrainStorage
{
    private readonly ConcurrentDictionary<(string State, GrainId Grain), Entry> _states = new();
    private long _writes;

    /// <summary>States held now: the grains of the runs under way, none of a finished run.</summary>
    public int Count => _states.Count;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (_states.TryGetValue((stateName, grainId), out var entry))
        {
            grainState.State = copier.Copy((T)entry.State);
            grainState.ETag = entry.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var key = (stateName, grainId);
        var etag = NextETag();
        var entry = new Entry(copier.Copy(grainState.State)!, etag);
        if (_states.TryGetValue(key, out var stored))
        {
            Check(stored, grainState.ETag, grainId);
            if (!_states.TryUpdate(key, entry, stored))
            {
                throw Stale(grainId, stored.ETag, grainState.ETag);
            }
        }
        else if (!_states.TryAdd(key, entry))
        {
            throw Stale(grainId, null, grainState.ETag);
        }

        grainState.ETag = etag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var key = (stateName, grainId);
        if (_states.TryGetValue(key, out var stored))
        {
            Check(stored, grainState.ETag, grainId);
            if (!_states.TryRemove(KeyValuePair.Create(key, stored)))
            {
                throw Stale(grainId, stored.ETag, grainState.ETag);
            }
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private static void Check(Entry stored, string? etag, GrainId grainId)
    {
        if (stored.ETag != etag)
        {
            throw Stale(grainId, stored.ETag, etag);
        }
    }

    private static InconsistentStateException Stale(GrainId grainId, string? stored, string? given) =>
        new($"the state of {grainId} changed since it was read (stored ETag {stored ?? "none"}, given {given ?? "none"})", stored, given);

    private string NextETag() => Interlocked.Increment(ref _writes).ToString(CultureInfo.InvariantCulture);

    private sealed record Entry(object State, string ETag);
}
