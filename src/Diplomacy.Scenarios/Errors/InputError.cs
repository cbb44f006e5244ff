namespace Diplomacy.Scenarios.Errors;

/// <summary>One mistake in a user's file: where it is and what was expected there.</summary>
public sealed record InputError(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: error: {Message}";
}
