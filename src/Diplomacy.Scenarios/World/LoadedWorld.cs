using Diplomacy.Model.World;

namespace Diplomacy.Scenarios.World;

/// <summary>A world file that passed every check, with the article it was checked against.</summary>
/// <param name="File">The world file's path as the user gave it.</param>
/// <param name="ArticlePath">The article's path, resolved relative to the world file.</param>
/// <param name="ArticleText">The article's full text, exactly as on disk.</param>
public sealed record LoadedWorld(string File, string ArticlePath, string ArticleText, SeedWorld World)
{
    /// <summary>
    /// Values still written <c>draft</c>, one located line each, in reading order; empty unless
    /// the world was read with drafts allowed (<see cref="WorldFileReader.LoadDraft"/>).
    /// </summary>
    public IReadOnlyList<Diplomacy.Scenarios.Errors.InputError> Drafts { get; init; } = [];
}
