using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Layouts.Common;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.WebArticle;

/// <summary>
/// An article saved from a web page: the title and standfirst printed twice, a date and topic line, paragraphs,
/// the author's bio, and endnotes "(1) ...", "(2) ..." at the very end, marked "(1)" in the text (or, as many pages
/// write them, "[1] ..." marked "[1]"; or "1. ..." under a Notes heading, marked by a number a copied page left on
/// the stop: "first.1").
/// </summary>
public sealed class WebArticleLayout : PlainTextLayout
{
    private static readonly Regex EndnoteLabel = TextPatterns.Create(@"^\s*(?:\((?<n>\d{1,3})\)|\[(?<n>\d{1,3})\])\s+\S");

    public override string Name => "web-article";

    public override MarkerStyles Markers => base.Markers | MarkerStyles.Parenthesized | MarkerStyles.Bracketed | MarkerStyles.DigitOnStop;

    protected override Regex TrailingNoteLabel => EndnoteLabel;

    protected override bool SetsPullQuotes => true;

    protected override IReadOnlyList<string> KindWords { get; } = new[] { "web" };

    // A site's link to another page, on a line of its own: "Related: Russia's Energy Diplomacy", "Read more: ...".
    private static readonly Regex SiteLink = TextPatterns.Create(@"^\s*(?:related|read\s+more|see\s+also|also\s+read|recommended|more\s+on\s+this)\s*:", RegexOptions.IgnoreCase);

    // A control of the page alone on its line: "Share this article:", "Print", "Advertisement", "Comments (4)"; a share
    // line may list where to: "Share this article: Facebook Twitter Email".
    private static readonly Regex SiteControl = TextPatterns.Create(
        @"^\s*(?:share(?:\s+(?:this|on)\b[\w\s]*)?|print(?:\s+this\s+\w+)?|e-?mail(?:\s+this\s+\w+)?|tweet|advertisement|subscribe\b[\w\s]*|comments?(?:\s*\(\d+\))?)\s*(?::(?:[\s|,]*(?-i:[A-Z])[\w+.-]*){0,6})?\s*$",
        RegexOptions.IgnoreCase);

    // The site's notice under the article: "© 2006 Asia Policy Review. All rights reserved.", "Copyright 2005 ...".
    private static readonly Regex Copyright = TextPatterns.Create(@"^\s*(?:\u00A9|\([cC]\)|copyright\b)", RegexOptions.IgnoreCase);

    protected override bool IsFurniture(LayoutInput input, string line) =>
        base.IsFurniture(input, line) || SiteLink.IsMatch(line) || SiteControl.IsMatch(line) || Copyright.IsMatch(line) || TopMatter.IsLabelLine(line);

    // Paragraphs a page may print under its endnotes: the author's bio, a copyright line.
    private const int MaxChunksAfterEndnotes = 3;

    public override double Score(LayoutInput input)
    {
        var chunks = input.Chunks;
        var endnotes = chunks.Reverse().SkipWhile((c, i) => i < MaxChunksAfterEndnotes && !EndnoteLabel.IsMatch(input.Line(c.First)))
            .TakeWhile(c => EndnoteLabel.IsMatch(input.Line(c.First))).Count();
        var dateLine = chunks.Take(4).Any(c => c.LineCount == 1 && TopMatter.HasDate(input.Line(c.First).Trim()));
        var repeatedTitle = chunks.Take(6).Count(c => TopMatter.IsTitle(input.Joined(c), input.Entry.Title)) >= 2;
        return (endnotes >= 1 ? 0.4 : 0) + (dateLine ? 0.3 : 0) + (repeatedTitle ? 0.2 : 0);
    }
}
