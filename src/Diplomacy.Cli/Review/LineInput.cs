using Spectre.Console;

namespace Diplomacy.Cli.Review;

/// <summary>
/// Keys for Spectre.Console's prompts read from a text stream, one character at a time, a line
/// break being Enter: so that <c>seed review</c> can be driven by a pipe or a file (and tested)
/// as well as typed at a terminal. A line starting with <c>#</c> is a comment and is skipped, so
/// an answers file can say what each answer is for. At the end of the stream it throws
/// <see cref="EndOfInputException"/>.
/// </summary>
internal sealed class LineInput(TextReader reader) : IAnsiConsoleInput
{
    private bool _atLineStart = true;

    public bool IsKeyAvailable() => reader.Peek() >= 0;

    public ConsoleKeyInfo? ReadKey(bool intercept)
    {
        while (true)
        {
            if (_atLineStart && reader.Peek() == '#')
            {
                reader.ReadLine();
                continue;
            }

            var next = reader.Read();
            _atLineStart = next == '\n';
            switch (next)
            {
                case < 0:
                    throw new EndOfInputException();
                case '\r':
                    continue;
                case '\n':
                    return new ConsoleKeyInfo('\r', ConsoleKey.Enter, shift: false, alt: false, control: false);
                case '\b':
                    return new ConsoleKeyInfo('\b', ConsoleKey.Backspace, shift: false, alt: false, control: false);
                default:
                    var c = (char)next;
                    var key = char.IsAsciiLetter(c) ? ConsoleKey.A + (char.ToUpperInvariant(c) - 'A') : ConsoleKey.Spacebar;
                    return new ConsoleKeyInfo(c, c == ' ' ? ConsoleKey.Spacebar : key, shift: false, alt: false, control: false);
            }
        }
    }

    public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
}

/// <summary>The review's input ended before every question was answered; what was decided is already saved.</summary>
internal sealed class EndOfInputException() : Exception("the input ended");
