namespace Diplomacy.Scenarios.Errors;

/// <summary>
/// Thrown when an input file is wrong. The command line prints <see cref="Errors"/> and exits
/// with code 2, never a stack trace: these are the user's mistakes, not ours.
/// </summary>
public sealed class InputException(IReadOnlyList<InputError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public InputException(InputError error)
        : this([error])
    {
    }

    public IReadOnlyList<InputError> Errors { get; } = errors;
}
