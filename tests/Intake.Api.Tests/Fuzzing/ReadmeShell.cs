using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GenerationGateway.Intake.Api.Tests.Fuzzing;

/// <summary>
/// The little of POSIX shell the README's examples use: commands split on unquoted newlines (a backslash continues
/// a line, <c>#</c> starts a comment), words with single and double quotes, <c>$NAME</c>, <c>${NAME}</c> and
/// <c>${NAME%suffix}</c>, variable assignments, and one command substitution: a <c>seq</c>/<c>printf</c> loop.
/// Anything else is refused loudly, so the README cannot quietly outgrow the reader.
/// </summary>
public static partial class ReadmeShell
{
    /// <summary>
    /// The commands of a script, each as its expanded words; assignments are applied, not returned. <paramref name="environment"/>
    /// holds the variables the reader has exported before (the README's <c>GW_KEY</c>).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Commands(string script, IReadOnlyDictionary<string, string>? environment = null)
    {
        var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        var commands = new List<IReadOnlyList<string>>();
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var i = 0;

        void EndWord()
        {
            if (inWord)
            {
                words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
        }

        void EndCommand()
        {
            EndWord();
            if (words.Count == 1 && AssignmentPattern().Match(words[0]) is { Success: true } assignment)
            {
                variables[assignment.Groups[1].Value] = assignment.Groups[2].Value;
            }
            else if (words.Count > 0)
            {
                commands.Add(words.ToArray());
            }

            words.Clear();
        }

        while (i < script.Length)
        {
            var c = script[i];
            switch (c)
            {
                case '\\' when i + 1 < script.Length && script[i + 1] == '\n':
                    i += 2;
                    break;
                case '\\' when i + 1 < script.Length:
                    word.Append(script[i + 1]);
                    inWord = true;
                    i += 2;
                    break;
                case '\n' or ';':
                    EndCommand();
                    i++;
                    break;
                case ' ' or '\t':
                    EndWord();
                    i++;
                    break;
                case '#' when !inWord:
                    while (i < script.Length && script[i] != '\n')
                    {
                        i++;
                    }

                    break;
                case '\'':
                    var close = script.IndexOf('\'', i + 1);
                    Require(close > 0, "an unterminated single quote");
                    word.Append(script, i + 1, close - i - 1);
                    inWord = true;
                    i = close + 1;
                    break;
                case '"':
                    i = DoubleQuoted(script, i + 1, word, variables);
                    inWord = true;
                    break;
                case '$':
                    i = Expansion(script, i, word, variables);
                    inWord = true;
                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    i++;
                    break;
            }
        }

        EndCommand();
        return commands;
    }

    static int DoubleQuoted(string script, int i, StringBuilder word, Dictionary<string, string> variables)
    {
        while (i < script.Length && script[i] != '"')
        {
            if (script[i] == '\\' && i + 1 < script.Length && script[i + 1] is '"' or '\\' or '$' or '`')
            {
                word.Append(script[i + 1]);
                i += 2;
            }
            else if (script[i] == '$')
            {
                i = Expansion(script, i, word, variables);
            }
            else
            {
                word.Append(script[i++]);
            }
        }

        Require(i < script.Length, "an unterminated double quote");
        return i + 1;
    }

    static int Expansion(string script, int i, StringBuilder word, Dictionary<string, string> variables)
    {
        if (i + 1 < script.Length && script[i + 1] == '(')
        {
            var end = MatchingParenthesis(script, i + 1);
            word.Append(Substitute(script[(i + 2)..end]));
            return end + 1;
        }

        if (i + 1 < script.Length && script[i + 1] == '{')
        {
            var end = script.IndexOf('}', i);
            Require(end > 0, "an unterminated ${");
            var inner = script[(i + 2)..end];
            var percent = inner.IndexOf('%', StringComparison.Ordinal);
            var name = percent < 0 ? inner : inner[..percent];
            var value = Lookup(variables, name);
            if (percent >= 0 && value.EndsWith(inner[(percent + 1)..], StringComparison.Ordinal))
            {
                value = value[..^(inner.Length - percent - 1)];
            }

            word.Append(value);
            return end + 1;
        }

        var start = i + 1;
        var stop = start;
        while (stop < script.Length && (char.IsAsciiLetterOrDigit(script[stop]) || script[stop] == '_'))
        {
            stop++;
        }

        Require(stop > start, $"a lone '$' at {i}");
        word.Append(Lookup(variables, script[start..stop]));
        return stop;
    }

    static int MatchingParenthesis(string script, int open)
    {
        var depth = 0;
        for (var i = open; i < script.Length; i++)
        {
            depth += script[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        throw new FormatException("README shell: an unterminated $(.");
    }

    /// <summary>The one command substitution the README uses: <c>for v in $(seq -w A B); do printf 'FORMAT' "$v"; done</c>.</summary>
    static string Substitute(string command)
    {
        var loop = SeqPrintfLoop().Match(command.Trim());
        Require(loop.Success, $"an unknown command substitution $({command})");
        var first = int.Parse(loop.Groups["from"].Value, CultureInfo.InvariantCulture);
        var last = int.Parse(loop.Groups["to"].Value, CultureInfo.InvariantCulture);
        var width = loop.Groups["w"].Success ? last.ToString(CultureInfo.InvariantCulture).Length : 0;
        var output = new StringBuilder();
        for (var n = first; n <= last; n++)
        {
            var number = n.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            output.Append(loop.Groups["format"].Value.Replace("%s", number, StringComparison.Ordinal));
        }

        return output.ToString();
    }

    static string Lookup(Dictionary<string, string> variables, string name)
    {
        Require(variables.TryGetValue(name, out var value), $"the undefined variable ${name}");
        return value!;
    }

    static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new FormatException($"README shell: {what}.");
        }
    }

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)=(.*)$", RegexOptions.Singleline)]
    private static partial Regex AssignmentPattern();

    [GeneratedRegex("""^for (?<v>\w+) in \$\(seq (?<w>-w )?(?<from>\d+) (?<to>\d+)\); do printf '(?<format>[^']*)' "\$\k<v>"; done$""")]
    private static partial Regex SeqPrintfLoop();
}
