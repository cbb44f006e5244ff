using Orleans.Runtime;

namespace Diplomacy.Runtime.Hosting;

/// <summary>
/// Tells a failure of the cluster under a running command (Redis gone, every retry at a lost silo
/// spent, calls timing out) from a bug, so that the command can end with one line and exit 1
/// instead of a stack trace. Exceptions raised in a silo reach the client by name when the client
/// does not know their type, hence the check on names.
/// </summary>
public static class ClusterFault
{
    /// <summary>One line saying what failed, or null when <paramref name="exception"/> is not a cluster failure.</summary>
    public static string? Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e.GetType().Name.StartsWith("Redis", StringComparison.Ordinal) || e.Message.Contains("RedisConnectionException", StringComparison.Ordinal)
                || e.Message.Contains("RedisTimeoutException", StringComparison.Ordinal))
            {
                return $"the cluster lost its Redis during the run ({FirstLine(e.Message)})";
            }
        }

        return exception switch
        {
            // The run grain replayed a round as often as it may and gave up (its message names the causes).
            { } e when e.GetType().Name == "RunFailedException" =>
                $"the cluster stopped answering during the run ({FirstLine(exception.Message)})",
            SiloUnavailableException or OrleansMessageRejectionException =>
                $"the cluster was lost during the run ({FirstLine(exception.Message)})",
            TimeoutException or OrleansException =>
                $"the cluster stopped answering during the run ({FirstLine(exception.Message)})",
            _ => null,
        };
    }

    private static string FirstLine(string message)
    {
        var end = message.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? message : message[..end];
    }
}
