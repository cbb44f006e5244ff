namespace Diplomacy.Runtime.Hosting;

/// <summary>A way to reach grains: an embedded silo in this process, or a client of a running cluster.</summary>
public interface IClusterConnection : IAsyncDisposable
{
    IClusterClient Client { get; }

    /// <summary>How long it took to start the silo or connect, for the manifest.</summary>
    TimeSpan StartTime { get; }

    /// <summary>Where the grains run, for the manifest and the console ("embedded silo", "cluster at redis:6379").</summary>
    string Description { get; }
}
