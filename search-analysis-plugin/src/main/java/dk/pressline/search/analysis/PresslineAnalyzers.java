package dk.pressline.search.analysis;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The analysis chains behind the plugin's components. Folding to ASCII comes last, so "Københavns" and a reader's
 * "kobenhavn" meet in the same term.
 */
final class PresslineAnalyzers {

    static final int MIN_GRAM = 2;
    static final int MAX_GRAM = 15;

    private PresslineAnalyzers() {}

    static Analyzer danish() {
        return chain(tokens -> new ASCIIFoldingFilter(new SnowballFilter(
                new StopFilter(new LowerCaseFilter(tokens), DanishAnalyzer.getDefaultStopSet()), new DanishStemmer())));
    }

    static Analyzer english() {
        CharArraySet stopWords = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        return chain(tokens -> new ASCIIFoldingFilter(new PorterStemFilter(
                new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(tokens)), stopWords))));
    }

    /** Index side of autocomplete: every prefix of every word, from two letters. */
    static Analyzer autocomplete() {
        return chain(tokens -> edgeNGrams(new ASCIIFoldingFilter(new LowerCaseFilter(tokens))));
    }

    /** Query side of autocomplete: whole words, so "kli" looks up the prefix "kli". */
    static Analyzer autocompleteSearch() {
        return chain(tokens -> new ASCIIFoldingFilter(new LowerCaseFilter(tokens)));
    }

    static TokenStream edgeNGrams(TokenStream tokens) {
        return new EdgeNGramTokenFilter(tokens, MIN_GRAM, MAX_GRAM, true);
    }

    private static Analyzer chain(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
