using Diplomacy.Drafting.Text;

namespace Diplomacy.Drafting.Extraction;

/// <summary>One sentence's tokens, which of them a mention already took, and the text between tokens.</summary>
internal sealed class SentenceTokens
{
    public SentenceTokens(string article, Sentence sentence)
    {
        Article = article;
        Sentence = sentence;
        Tokens = Tokenizer.Tokens(article, sentence.Start, sentence.End);
        Taken = new bool[Tokens.Count];
    }

    public string Article { get; }

    public Sentence Sentence { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public bool[] Taken { get; }

    public int Count => Tokens.Count;

    public Token this[int index] => Tokens[index];

    /// <summary>The text between token <paramref name="left"/> and the token after it.</summary>
    public string GapAfter(int left) =>
        left + 1 < Count ? Article[Tokens[left].End..Tokens[left + 1].Start] : Article[Tokens[left].End..Sentence.End];

    /// <summary>The text before token <paramref name="index"/> back to the token before it (or the sentence start).</summary>
    public string GapBefore(int index) =>
        index > 0 ? Article[Tokens[index - 1].End..Tokens[index].Start] : Article[Sentence.Start..Tokens[index].Start];

    /// <summary>True when a single space, and no possessive ’s, separates token <paramref name="left"/> from the next.</summary>
    public bool JoinedToNext(int left) => left + 1 < Count && !Tokens[left].Possessive && GapAfter(left) == " ";

    public bool IsWord(int index, string word) =>
        index >= 0 && index < Count && string.Equals(Tokens[index].Text, word, StringComparison.OrdinalIgnoreCase);

    public void Take(int from, int count)
    {
        for (var i = from; i < from + count && i < Count; i++)
        {
            Taken[i] = true;
        }
    }

    public bool AnyTaken(int from, int count)
    {
        for (var i = from; i < from + count && i < Count; i++)
        {
            if (Taken[i])
            {
                return true;
            }
        }

        return false;
    }
}
