using TypedCorpus.Parsing.Dates;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.Common;

/// <summary>
/// Reads the dates of a document's chronology entries in order, remembering the year they are in, so that an entry
/// may leave it out as chronologies do: "May 9:" under "Chronology ... April-June 2002" or after "April 3, 2002:".
/// Until a heading or an entry has given a year, only a date with its year starts an entry.
/// </summary>
public sealed class ChronologyDates
{
    private int _year;
    private int _month;

    /// <summary>A heading that names a year ("Chronology of Japan-Russia Relations January-March 2000") sets it, with the month named before it.</summary>
    public void EnterSection(string? title)
    {
        if (title is null || HeadingYear(title, out var month) is not int year)
        {
            return;
        }

        _year = year;
        _month = month;
    }

    /// <summary>The ISO date that starts an entry at this line, or null; the year stays as it was.</summary>
    public string? Peek(string line) => LineShapes.DatedEntryDate(line, _year, _month);

    /// <summary>The ISO date that starts an entry at this line, or null; the entry's year and month become the chronology's.</summary>
    public string? Read(string line)
    {
        var date = Peek(line);
        if (date != null)
        {
            _year = TextPatterns.Number(date.Substring(0, 4));
            _month = date.Length >= 7 ? TextPatterns.Number(date.Substring(5, 2)) : 0;
        }

        return date;
    }

    // The first year of four digits in a title, and the month named before it (0 when none is).
    private static int? HeadingYear(string title, out int month)
    {
        month = 0;
        var word = 0;
        for (var i = 0; i <= title.Length; i++)
        {
            if (i < title.Length && char.IsLetterOrDigit(title[i]))
            {
                continue;
            }

            var length = i - word;
            if (length == 4 && IsDigits(title, word, 4) && TextPatterns.Number(title.Substring(word, 4)) is var year and >= 1000)
            {
                return year;
            }

            if (month == 0 && length >= 3 && char.IsLetter(title[word]))
            {
                month = PartialDateText.MonthNumber(title.Substring(word, length));
            }

            word = i + 1;
        }

        month = 0;
        return null;
    }

    private static bool IsDigits(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }
}
