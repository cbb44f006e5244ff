namespace Diplomacy.Runtime.Hosting;

/// <summary>The named cluster cannot be reached: an environment problem the user can fix, not a bug.</summary>
public sealed class ClusterUnavailableException(string message, Exception inner) : Exception(message, inner);
