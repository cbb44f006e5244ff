namespace Diplomacy.Drafting.Extraction;

/// <summary>
/// A place in the article that refers to an actor: a name with its title, a surname, a demonym
/// with a people noun, a capital, a pronoun, "the U.S. president". Offsets are into the article.
/// </summary>
/// <param name="Possessive">The mention ends in ’s ("Trump’s").</param>
/// <param name="IsWeak">A bare demonym used as an adjective ("Russian territory"): it names the state but cannot be a speaker.</param>
public sealed record Mention(int Start, int End, string ActorKey, int Sentence, bool Possessive, bool IsWeak = false);
