namespace Diplomacy.RunBench.Suite;

/// <summary>The trivial grain raw Orleans is measured with: the floor any grain call of the engine sits on.</summary>
[Alias("bench.IPingGrain")]
public interface IPingGrain : IGrainWithIntegerKey
{
    [Alias("Ping")]
    Task<int> Ping(int value);
}

public sealed class PingGrain : Grain, IPingGrain
{
    public Task<int> Ping(int value) => Task.FromResult(value + 1);
}
