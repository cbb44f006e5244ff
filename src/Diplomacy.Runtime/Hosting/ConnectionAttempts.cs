namespace Diplomacy.Runtime.Hosting;

/// <summary>Lets a cluster client retry its first connection a bounded number of times, pausing between tries.</summary>
internal sealed class ConnectionAttempts(int attempts, TimeSpan pause)
{
    private int _made;

    public async Task<bool> ShouldRetryAsync(Exception exception, CancellationToken cancellationToken)
    {
        if (++_made >= attempts)
        {
            return false;
        }

        await Task.Delay(pause, cancellationToken);
        return true;
    }
}
