namespace Diplomacy.Scenarios.Errors;

/// <summary>A place in an input file, 1-based, as editors and compilers print it.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
