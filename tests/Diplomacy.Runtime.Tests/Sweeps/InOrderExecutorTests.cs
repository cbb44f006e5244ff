using Diplomacy.Runtime.Sweeps;

namespace Diplomacy.Runtime.Tests.Sweeps;

public sealed class InOrderExecutorTests
{
    [Fact]
    public async Task Results_are_handed_on_in_number_order_with_no_more_running_than_allowed_nor_past_the_window()
    {
        var random = new Random(5);
        var delays = Enumerable.Range(0, 61).Select(_ => random.Next(0, 8)).ToArray();
        var handed = new List<int>();
        var running = 0;
        var mostRunning = 0;
        var furthestAhead = 0;

        await InOrderExecutor.RunAsync(
            first: 1,
            last: 60,
            parallel: 4,
            window: 6,
            async (number, token) =>
            {
                var now = Interlocked.Increment(ref running);
                lock (handed)
                {
                    mostRunning = Math.Max(mostRunning, now);
                    furthestAhead = Math.Max(furthestAhead, number - (handed.Count + 1));
                }

                await Task.Delay(delays[number], token);
                Interlocked.Decrement(ref running);
                return number * 10;
            },
            (number, result) =>
            {
                Assert.Equal(number * 10, result);
                lock (handed)
                {
                    handed.Add(number);
                }

                return Task.CompletedTask;
            },
            CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 60), handed);
        Assert.InRange(mostRunning, 1, 4);
        Assert.InRange(furthestAhead, 0, 5);
    }
}
