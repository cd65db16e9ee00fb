package io.processware.rules.ide.contentassist.antlr.internal;

// Hack: Use our own Lexer superclass by means of import. 
// Currently there is no other way to specify the superclass for the lexer.
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;


import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalRulesLexer extends Lexer {
    public static final int T__50=50;
    public static final int T__59=59;
    public static final int T__55=55;
    public static final int T__56=56;
    public static final int T__57=57;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__137=137;
    public static final int T__52=52;
    public static final int T__136=136;
    public static final int T__53=53;
    public static final int T__54=54;
    public static final int T__133=133;
    public static final int T__132=132;
    public static final int T__60=60;
    public static final int T__135=135;
    public static final int T__61=61;
    public static final int T__134=134;
    public static final int RULE_ID=5;
    public static final int T__131=131;
    public static final int T__130=130;
    public static final int RULE_INT=4;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=7;
    public static final int T__67=67;
    public static final int T__129=129;
    public static final int T__68=68;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__126=126;
    public static final int T__63=63;
    public static final int T__125=125;
    public static final int T__64=64;
    public static final int T__128=128;
    public static final int T__65=65;
    public static final int T__127=127;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__34=34;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int T__30=30;
    public static final int T__31=31;
    public static final int T__32=32;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__41=41;
    public static final int T__42=42;
    public static final int T__43=43;
    public static final int T__91=91;
    public static final int T__100=100;
    public static final int T__92=92;
    public static final int T__93=93;
    public static final int T__102=102;
    public static final int T__94=94;
    public static final int T__101=101;
    public static final int T__90=90;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__11=11;
    public static final int T__99=99;
    public static final int T__12=12;
    public static final int T__13=13;
    public static final int T__14=14;
    public static final int T__95=95;
    public static final int T__96=96;
    public static final int T__97=97;
    public static final int T__98=98;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__23=23;
    public static final int T__24=24;
    public static final int T__25=25;
    public static final int T__20=20;
    public static final int T__21=21;
    public static final int T__122=122;
    public static final int T__70=70;
    public static final int T__121=121;
    public static final int T__71=71;
    public static final int T__124=124;
    public static final int T__72=72;
    public static final int T__123=123;
    public static final int T__120=120;
    public static final int RULE_STRING=6;
    public static final int RULE_SL_COMMENT=8;
    public static final int T__77=77;
    public static final int T__119=119;
    public static final int T__78=78;
    public static final int T__118=118;
    public static final int T__79=79;
    public static final int T__73=73;
    public static final int T__115=115;
    public static final int EOF=-1;
    public static final int T__74=74;
    public static final int T__114=114;
    public static final int T__75=75;
    public static final int T__117=117;
    public static final int T__76=76;
    public static final int T__116=116;
    public static final int T__80=80;
    public static final int T__111=111;
    public static final int T__81=81;
    public static final int T__110=110;
    public static final int T__82=82;
    public static final int T__113=113;
    public static final int T__83=83;
    public static final int T__112=112;
    public static final int RULE_WS=9;
    public static final int RULE_ANY_OTHER=10;
    public static final int T__88=88;
    public static final int T__108=108;
    public static final int T__89=89;
    public static final int T__107=107;
    public static final int T__109=109;
    public static final int T__84=84;
    public static final int T__104=104;
    public static final int T__85=85;
    public static final int T__103=103;
    public static final int T__86=86;
    public static final int T__106=106;
    public static final int T__87=87;
    public static final int T__105=105;

    // delegates
    // delegators

    public InternalRulesLexer() {;} 
    public InternalRulesLexer(CharStream input) {
        this(input, new RecognizerSharedState());
    }
    public InternalRulesLexer(CharStream input, RecognizerSharedState state) {
        super(input,state);

    }
    public String getGrammarFileName() { return "InternalRules.g"; }

    // $ANTLR start "T__11"
    public final void mT__11() throws RecognitionException {
        try {
            int _type = T__11;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:11:7: ( 'sum' )
            // InternalRules.g:11:9: 'sum'
            {
            match("sum"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__11"

    // $ANTLR start "T__12"
    public final void mT__12() throws RecognitionException {
        try {
            int _type = T__12;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:12:7: ( 'min' )
            // InternalRules.g:12:9: 'min'
            {
            match("min"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__12"

    // $ANTLR start "T__13"
    public final void mT__13() throws RecognitionException {
        try {
            int _type = T__13;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:13:7: ( 'max' )
            // InternalRules.g:13:9: 'max'
            {
            match("max"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__13"

    // $ANTLR start "T__14"
    public final void mT__14() throws RecognitionException {
        try {
            int _type = T__14;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:14:7: ( 'count' )
            // InternalRules.g:14:9: 'count'
            {
            match("count"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__14"

    // $ANTLR start "T__15"
    public final void mT__15() throws RecognitionException {
        try {
            int _type = T__15;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:15:7: ( '<' )
            // InternalRules.g:15:9: '<'
            {
            match('<'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__15"

    // $ANTLR start "T__16"
    public final void mT__16() throws RecognitionException {
        try {
            int _type = T__16;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:16:7: ( '<=' )
            // InternalRules.g:16:9: '<='
            {
            match("<="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__16"

    // $ANTLR start "T__17"
    public final void mT__17() throws RecognitionException {
        try {
            int _type = T__17;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:17:7: ( '>' )
            // InternalRules.g:17:9: '>'
            {
            match('>'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__17"

    // $ANTLR start "T__18"
    public final void mT__18() throws RecognitionException {
        try {
            int _type = T__18;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:18:7: ( '>=' )
            // InternalRules.g:18:9: '>='
            {
            match(">="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__18"

    // $ANTLR start "T__19"
    public final void mT__19() throws RecognitionException {
        try {
            int _type = T__19;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:19:7: ( '!=' )
            // InternalRules.g:19:9: '!='
            {
            match("!="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__19"

    // $ANTLR start "T__20"
    public final void mT__20() throws RecognitionException {
        try {
            int _type = T__20;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:20:7: ( '[' )
            // InternalRules.g:20:9: '['
            {
            match('['); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__20"

    // $ANTLR start "T__21"
    public final void mT__21() throws RecognitionException {
        try {
            int _type = T__21;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:21:7: ( ']' )
            // InternalRules.g:21:9: ']'
            {
            match(']'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__21"

    // $ANTLR start "T__22"
    public final void mT__22() throws RecognitionException {
        try {
            int _type = T__22;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:22:7: ( '=' )
            // InternalRules.g:22:9: '='
            {
            match('='); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__22"

    // $ANTLR start "T__23"
    public final void mT__23() throws RecognitionException {
        try {
            int _type = T__23;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:23:7: ( '+' )
            // InternalRules.g:23:9: '+'
            {
            match('+'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__23"

    // $ANTLR start "T__24"
    public final void mT__24() throws RecognitionException {
        try {
            int _type = T__24;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:24:7: ( '-' )
            // InternalRules.g:24:9: '-'
            {
            match('-'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__24"

    // $ANTLR start "T__25"
    public final void mT__25() throws RecognitionException {
        try {
            int _type = T__25;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:25:7: ( '*' )
            // InternalRules.g:25:9: '*'
            {
            match('*'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__25"

    // $ANTLR start "T__26"
    public final void mT__26() throws RecognitionException {
        try {
            int _type = T__26;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:26:7: ( '/' )
            // InternalRules.g:26:9: '/'
            {
            match('/'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__26"

    // $ANTLR start "T__27"
    public final void mT__27() throws RecognitionException {
        try {
            int _type = T__27;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:27:7: ( 'false' )
            // InternalRules.g:27:9: 'false'
            {
            match("false"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__27"

    // $ANTLR start "T__28"
    public final void mT__28() throws RecognitionException {
        try {
            int _type = T__28;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:28:7: ( 'today' )
            // InternalRules.g:28:9: 'today'
            {
            match("today"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__28"

    // $ANTLR start "T__29"
    public final void mT__29() throws RecognitionException {
        try {
            int _type = T__29;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:29:7: ( 'avg' )
            // InternalRules.g:29:9: 'avg'
            {
            match("avg"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__29"

    // $ANTLR start "T__30"
    public final void mT__30() throws RecognitionException {
        try {
            int _type = T__30;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:30:7: ( 'contains' )
            // InternalRules.g:30:9: 'contains'
            {
            match("contains"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__30"

    // $ANTLR start "T__31"
    public final void mT__31() throws RecognitionException {
        try {
            int _type = T__31;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:31:7: ( 'abs' )
            // InternalRules.g:31:9: 'abs'
            {
            match("abs"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__31"

    // $ANTLR start "T__32"
    public final void mT__32() throws RecognitionException {
        try {
            int _type = T__32;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:32:7: ( 'round' )
            // InternalRules.g:32:9: 'round'
            {
            match("round"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__32"

    // $ANTLR start "T__33"
    public final void mT__33() throws RecognitionException {
        try {
            int _type = T__33;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:33:7: ( 'length' )
            // InternalRules.g:33:9: 'length'
            {
            match("length"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__33"

    // $ANTLR start "T__34"
    public final void mT__34() throws RecognitionException {
        try {
            int _type = T__34;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:34:7: ( 'lower' )
            // InternalRules.g:34:9: 'lower'
            {
            match("lower"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__34"

    // $ANTLR start "T__35"
    public final void mT__35() throws RecognitionException {
        try {
            int _type = T__35;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:35:7: ( 'upper' )
            // InternalRules.g:35:9: 'upper'
            {
            match("upper"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__35"

    // $ANTLR start "T__36"
    public final void mT__36() throws RecognitionException {
        try {
            int _type = T__36;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:36:7: ( 'minute' )
            // InternalRules.g:36:9: 'minute'
            {
            match("minute"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__36"

    // $ANTLR start "T__37"
    public final void mT__37() throws RecognitionException {
        try {
            int _type = T__37;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:37:7: ( 'minutes' )
            // InternalRules.g:37:9: 'minutes'
            {
            match("minutes"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__37"

    // $ANTLR start "T__38"
    public final void mT__38() throws RecognitionException {
        try {
            int _type = T__38;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:38:7: ( 'hour' )
            // InternalRules.g:38:9: 'hour'
            {
            match("hour"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__38"

    // $ANTLR start "T__39"
    public final void mT__39() throws RecognitionException {
        try {
            int _type = T__39;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:39:7: ( 'hours' )
            // InternalRules.g:39:9: 'hours'
            {
            match("hours"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__39"

    // $ANTLR start "T__40"
    public final void mT__40() throws RecognitionException {
        try {
            int _type = T__40;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:40:7: ( 'day' )
            // InternalRules.g:40:9: 'day'
            {
            match("day"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__40"

    // $ANTLR start "T__41"
    public final void mT__41() throws RecognitionException {
        try {
            int _type = T__41;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:41:7: ( 'days' )
            // InternalRules.g:41:9: 'days'
            {
            match("days"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__41"

    // $ANTLR start "T__42"
    public final void mT__42() throws RecognitionException {
        try {
            int _type = T__42;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:42:7: ( 'week' )
            // InternalRules.g:42:9: 'week'
            {
            match("week"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__42"

    // $ANTLR start "T__43"
    public final void mT__43() throws RecognitionException {
        try {
            int _type = T__43;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:43:7: ( 'weeks' )
            // InternalRules.g:43:9: 'weeks'
            {
            match("weeks"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__43"

    // $ANTLR start "T__44"
    public final void mT__44() throws RecognitionException {
        try {
            int _type = T__44;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:44:7: ( 'month' )
            // InternalRules.g:44:9: 'month'
            {
            match("month"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__44"

    // $ANTLR start "T__45"
    public final void mT__45() throws RecognitionException {
        try {
            int _type = T__45;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:45:7: ( 'months' )
            // InternalRules.g:45:9: 'months'
            {
            match("months"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__45"

    // $ANTLR start "T__46"
    public final void mT__46() throws RecognitionException {
        try {
            int _type = T__46;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:46:7: ( 'year' )
            // InternalRules.g:46:9: 'year'
            {
            match("year"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__46"

    // $ANTLR start "T__47"
    public final void mT__47() throws RecognitionException {
        try {
            int _type = T__47;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:47:7: ( 'years' )
            // InternalRules.g:47:9: 'years'
            {
            match("years"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__47"

    // $ANTLR start "T__48"
    public final void mT__48() throws RecognitionException {
        try {
            int _type = T__48;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:48:7: ( 'number' )
            // InternalRules.g:48:9: 'number'
            {
            match("number"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__48"

    // $ANTLR start "T__49"
    public final void mT__49() throws RecognitionException {
        try {
            int _type = T__49;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:49:7: ( 'money' )
            // InternalRules.g:49:9: 'money'
            {
            match("money"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__49"

    // $ANTLR start "T__50"
    public final void mT__50() throws RecognitionException {
        try {
            int _type = T__50;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:50:7: ( 'text' )
            // InternalRules.g:50:9: 'text'
            {
            match("text"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__50"

    // $ANTLR start "T__51"
    public final void mT__51() throws RecognitionException {
        try {
            int _type = T__51;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:51:7: ( 'boolean' )
            // InternalRules.g:51:9: 'boolean'
            {
            match("boolean"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__51"

    // $ANTLR start "T__52"
    public final void mT__52() throws RecognitionException {
        try {
            int _type = T__52;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:52:7: ( 'date' )
            // InternalRules.g:52:9: 'date'
            {
            match("date"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__52"

    // $ANTLR start "T__53"
    public final void mT__53() throws RecognitionException {
        try {
            int _type = T__53;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:53:7: ( 'duration' )
            // InternalRules.g:53:9: 'duration'
            {
            match("duration"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__53"

    // $ANTLR start "T__54"
    public final void mT__54() throws RecognitionException {
        try {
            int _type = T__54;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:54:7: ( 'deterministic' )
            // InternalRules.g:54:9: 'deterministic'
            {
            match("deterministic"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__54"

    // $ANTLR start "T__55"
    public final void mT__55() throws RecognitionException {
        try {
            int _type = T__55;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:55:7: ( 'partial' )
            // InternalRules.g:55:9: 'partial'
            {
            match("partial"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__55"

    // $ANTLR start "T__56"
    public final void mT__56() throws RecognitionException {
        try {
            int _type = T__56;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:56:7: ( 'variable' )
            // InternalRules.g:56:9: 'variable'
            {
            match("variable"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__56"

    // $ANTLR start "T__57"
    public final void mT__57() throws RecognitionException {
        try {
            int _type = T__57;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:57:7: ( 'error' )
            // InternalRules.g:57:9: 'error'
            {
            match("error"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__57"

    // $ANTLR start "T__58"
    public final void mT__58() throws RecognitionException {
        try {
            int _type = T__58;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:58:7: ( 'warning' )
            // InternalRules.g:58:9: 'warning'
            {
            match("warning"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__58"

    // $ANTLR start "T__59"
    public final void mT__59() throws RecognitionException {
        try {
            int _type = T__59;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:59:7: ( 'UNIQUE' )
            // InternalRules.g:59:9: 'UNIQUE'
            {
            match("UNIQUE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__59"

    // $ANTLR start "T__60"
    public final void mT__60() throws RecognitionException {
        try {
            int _type = T__60;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:60:7: ( 'FIRST' )
            // InternalRules.g:60:9: 'FIRST'
            {
            match("FIRST"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__60"

    // $ANTLR start "T__61"
    public final void mT__61() throws RecognitionException {
        try {
            int _type = T__61;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:61:7: ( 'PRIORITY' )
            // InternalRules.g:61:9: 'PRIORITY'
            {
            match("PRIORITY"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__61"

    // $ANTLR start "T__62"
    public final void mT__62() throws RecognitionException {
        try {
            int _type = T__62;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:62:7: ( 'ANY' )
            // InternalRules.g:62:9: 'ANY'
            {
            match("ANY"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__62"

    // $ANTLR start "T__63"
    public final void mT__63() throws RecognitionException {
        try {
            int _type = T__63;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:63:7: ( 'COLLECT' )
            // InternalRules.g:63:9: 'COLLECT'
            {
            match("COLLECT"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__63"

    // $ANTLR start "T__64"
    public final void mT__64() throws RecognitionException {
        try {
            int _type = T__64;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:64:7: ( 'delete' )
            // InternalRules.g:64:9: 'delete'
            {
            match("delete"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__64"

    // $ANTLR start "T__65"
    public final void mT__65() throws RecognitionException {
        try {
            int _type = T__65;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:65:7: ( 'anonymise' )
            // InternalRules.g:65:9: 'anonymise'
            {
            match("anonymise"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__65"

    // $ANTLR start "T__66"
    public final void mT__66() throws RecognitionException {
        try {
            int _type = T__66;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:66:7: ( 'archive' )
            // InternalRules.g:66:9: 'archive'
            {
            match("archive"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__66"

    // $ANTLR start "T__67"
    public final void mT__67() throws RecognitionException {
        try {
            int _type = T__67;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:67:7: ( 'read' )
            // InternalRules.g:67:9: 'read'
            {
            match("read"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__67"

    // $ANTLR start "T__68"
    public final void mT__68() throws RecognitionException {
        try {
            int _type = T__68;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:68:7: ( 'create' )
            // InternalRules.g:68:9: 'create'
            {
            match("create"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__68"

    // $ANTLR start "T__69"
    public final void mT__69() throws RecognitionException {
        try {
            int _type = T__69;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:69:7: ( 'update' )
            // InternalRules.g:69:9: 'update'
            {
            match("update"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__69"

    // $ANTLR start "T__70"
    public final void mT__70() throws RecognitionException {
        try {
            int _type = T__70;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:70:7: ( 'start' )
            // InternalRules.g:70:9: 'start'
            {
            match("start"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__70"

    // $ANTLR start "T__71"
    public final void mT__71() throws RecognitionException {
        try {
            int _type = T__71;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:71:7: ( 'perform' )
            // InternalRules.g:71:9: 'perform'
            {
            match("perform"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__71"

    // $ANTLR start "T__72"
    public final void mT__72() throws RecognitionException {
        try {
            int _type = T__72;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:72:7: ( 'approve' )
            // InternalRules.g:72:9: 'approve'
            {
            match("approve"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__72"

    // $ANTLR start "T__73"
    public final void mT__73() throws RecognitionException {
        try {
            int _type = T__73;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:73:7: ( 'human-review' )
            // InternalRules.g:73:9: 'human-review'
            {
            match("human-review"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__73"

    // $ANTLR start "T__74"
    public final void mT__74() throws RecognitionException {
        try {
            int _type = T__74;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:74:7: ( 'rule-default' )
            // InternalRules.g:74:9: 'rule-default'
            {
            match("rule-default"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__74"

    // $ANTLR start "T__75"
    public final void mT__75() throws RecognitionException {
        try {
            int _type = T__75;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:75:7: ( 'reject' )
            // InternalRules.g:75:9: 'reject'
            {
            match("reject"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__75"

    // $ANTLR start "T__76"
    public final void mT__76() throws RecognitionException {
        try {
            int _type = T__76;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:76:7: ( 'ruleset' )
            // InternalRules.g:76:9: 'ruleset'
            {
            match("ruleset"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__76"

    // $ANTLR start "T__77"
    public final void mT__77() throws RecognitionException {
        try {
            int _type = T__77;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:77:7: ( 'import' )
            // InternalRules.g:77:9: 'import'
            {
            match("import"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__77"

    // $ANTLR start "T__78"
    public final void mT__78() throws RecognitionException {
        try {
            int _type = T__78;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:78:7: ( 'given' )
            // InternalRules.g:78:9: 'given'
            {
            match("given"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__78"

    // $ANTLR start "T__79"
    public final void mT__79() throws RecognitionException {
        try {
            int _type = T__79;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:79:7: ( ':' )
            // InternalRules.g:79:9: ':'
            {
            match(':'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__79"

    // $ANTLR start "T__80"
    public final void mT__80() throws RecognitionException {
        try {
            int _type = T__80;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:80:7: ( 'computed' )
            // InternalRules.g:80:9: 'computed'
            {
            match("computed"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__80"

    // $ANTLR start "T__81"
    public final void mT__81() throws RecognitionException {
        try {
            int _type = T__81;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:81:7: ( 'list' )
            // InternalRules.g:81:9: 'list'
            {
            match("list"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__81"

    // $ANTLR start "T__82"
    public final void mT__82() throws RecognitionException {
        try {
            int _type = T__82;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:82:7: ( 'of' )
            // InternalRules.g:82:9: 'of'
            {
            match("of"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__82"

    // $ANTLR start "T__83"
    public final void mT__83() throws RecognitionException {
        try {
            int _type = T__83;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:83:7: ( 'rule' )
            // InternalRules.g:83:9: 'rule'
            {
            match("rule"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__83"

    // $ANTLR start "T__84"
    public final void mT__84() throws RecognitionException {
        try {
            int _type = T__84;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:84:7: ( 'for' )
            // InternalRules.g:84:9: 'for'
            {
            match("for"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__84"

    // $ANTLR start "T__85"
    public final void mT__85() throws RecognitionException {
        try {
            int _type = T__85;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:85:7: ( 'when' )
            // InternalRules.g:85:9: 'when'
            {
            match("when"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__85"

    // $ANTLR start "T__86"
    public final void mT__86() throws RecognitionException {
        try {
            int _type = T__86;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:86:7: ( 'then' )
            // InternalRules.g:86:9: 'then'
            {
            match("then"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__86"

    // $ANTLR start "T__87"
    public final void mT__87() throws RecognitionException {
        try {
            int _type = T__87;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:87:7: ( 'priority' )
            // InternalRules.g:87:9: 'priority'
            {
            match("priority"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__87"

    // $ANTLR start "T__88"
    public final void mT__88() throws RecognitionException {
        try {
            int _type = T__88;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:88:7: ( 'set' )
            // InternalRules.g:88:9: 'set'
            {
            match("set"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__88"

    // $ANTLR start "T__89"
    public final void mT__89() throws RecognitionException {
        try {
            int _type = T__89;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:89:7: ( 'require' )
            // InternalRules.g:89:9: 'require'
            {
            match("require"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__89"

    // $ANTLR start "T__90"
    public final void mT__90() throws RecognitionException {
        try {
            int _type = T__90;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:90:7: ( 'approval' )
            // InternalRules.g:90:9: 'approval'
            {
            match("approval"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__90"

    // $ANTLR start "T__91"
    public final void mT__91() throws RecognitionException {
        try {
            int _type = T__91;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:91:7: ( 'by' )
            // InternalRules.g:91:9: 'by'
            {
            match("by"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__91"

    // $ANTLR start "T__92"
    public final void mT__92() throws RecognitionException {
        try {
            int _type = T__92;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:92:7: ( 'ask' )
            // InternalRules.g:92:9: 'ask'
            {
            match("ask"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__92"

    // $ANTLR start "T__93"
    public final void mT__93() throws RecognitionException {
        try {
            int _type = T__93;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:93:7: ( 'notify' )
            // InternalRules.g:93:9: 'notify'
            {
            match("notify"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__93"

    // $ANTLR start "T__94"
    public final void mT__94() throws RecognitionException {
        try {
            int _type = T__94;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:94:7: ( 'constraint' )
            // InternalRules.g:94:9: 'constraint'
            {
            match("constraint"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__94"

    // $ANTLR start "T__95"
    public final void mT__95() throws RecognitionException {
        try {
            int _type = T__95;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:95:7: ( 'otherwise' )
            // InternalRules.g:95:9: 'otherwise'
            {
            match("otherwise"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__95"

    // $ANTLR start "T__96"
    public final void mT__96() throws RecognitionException {
        try {
            int _type = T__96;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:96:7: ( 'table' )
            // InternalRules.g:96:9: 'table'
            {
            match("table"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__96"

    // $ANTLR start "T__97"
    public final void mT__97() throws RecognitionException {
        try {
            int _type = T__97;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:97:7: ( 'hit' )
            // InternalRules.g:97:9: 'hit'
            {
            match("hit"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__97"

    // $ANTLR start "T__98"
    public final void mT__98() throws RecognitionException {
        try {
            int _type = T__98;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:98:7: ( 'input' )
            // InternalRules.g:98:9: 'input'
            {
            match("input"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__98"

    // $ANTLR start "T__99"
    public final void mT__99() throws RecognitionException {
        try {
            int _type = T__99;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:99:7: ( 'output' )
            // InternalRules.g:99:9: 'output'
            {
            match("output"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__99"

    // $ANTLR start "T__100"
    public final void mT__100() throws RecognitionException {
        try {
            int _type = T__100;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:100:8: ( '(' )
            // InternalRules.g:100:10: '('
            {
            match('('); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__100"

    // $ANTLR start "T__101"
    public final void mT__101() throws RecognitionException {
        try {
            int _type = T__101;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:101:8: ( ')' )
            // InternalRules.g:101:10: ')'
            {
            match(')'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__101"

    // $ANTLR start "T__102"
    public final void mT__102() throws RecognitionException {
        try {
            int _type = T__102;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:102:8: ( ',' )
            // InternalRules.g:102:10: ','
            {
            match(','); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__102"

    // $ANTLR start "T__103"
    public final void mT__103() throws RecognitionException {
        try {
            int _type = T__103;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:103:8: ( 'row' )
            // InternalRules.g:103:10: 'row'
            {
            match("row"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__103"

    // $ANTLR start "T__104"
    public final void mT__104() throws RecognitionException {
        try {
            int _type = T__104;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:104:8: ( '=>' )
            // InternalRules.g:104:10: '=>'
            {
            match("=>"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__104"

    // $ANTLR start "T__105"
    public final void mT__105() throws RecognitionException {
        try {
            int _type = T__105;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:105:8: ( '|' )
            // InternalRules.g:105:10: '|'
            {
            match('|'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__105"

    // $ANTLR start "T__106"
    public final void mT__106() throws RecognitionException {
        try {
            int _type = T__106;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:106:8: ( 'not' )
            // InternalRules.g:106:10: 'not'
            {
            match("not"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__106"

    // $ANTLR start "T__107"
    public final void mT__107() throws RecognitionException {
        try {
            int _type = T__107;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:107:8: ( '..' )
            // InternalRules.g:107:10: '..'
            {
            match(".."); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__107"

    // $ANTLR start "T__108"
    public final void mT__108() throws RecognitionException {
        try {
            int _type = T__108;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:108:8: ( 'sla' )
            // InternalRules.g:108:10: 'sla'
            {
            match("sla"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__108"

    // $ANTLR start "T__109"
    public final void mT__109() throws RecognitionException {
        try {
            int _type = T__109;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:109:8: ( 'within' )
            // InternalRules.g:109:10: 'within'
            {
            match("within"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__109"

    // $ANTLR start "T__110"
    public final void mT__110() throws RecognitionException {
        try {
            int _type = T__110;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:110:8: ( 'warn' )
            // InternalRules.g:110:10: 'warn'
            {
            match("warn"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__110"

    // $ANTLR start "T__111"
    public final void mT__111() throws RecognitionException {
        try {
            int _type = T__111;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:111:8: ( 'after' )
            // InternalRules.g:111:10: 'after'
            {
            match("after"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__111"

    // $ANTLR start "T__112"
    public final void mT__112() throws RecognitionException {
        try {
            int _type = T__112;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:112:8: ( 'escalate' )
            // InternalRules.g:112:10: 'escalate'
            {
            match("escalate"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__112"

    // $ANTLR start "T__113"
    public final void mT__113() throws RecognitionException {
        try {
            int _type = T__113;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:113:8: ( 'to' )
            // InternalRules.g:113:10: 'to'
            {
            match("to"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__113"

    // $ANTLR start "T__114"
    public final void mT__114() throws RecognitionException {
        try {
            int _type = T__114;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:114:8: ( 'policy' )
            // InternalRules.g:114:10: 'policy'
            {
            match("policy"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__114"

    // $ANTLR start "T__115"
    public final void mT__115() throws RecognitionException {
        try {
            int _type = T__115;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:115:8: ( 'retention' )
            // InternalRules.g:115:10: 'retention'
            {
            match("retention"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__115"

    // $ANTLR start "T__116"
    public final void mT__116() throws RecognitionException {
        try {
            int _type = T__116;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:116:8: ( 'keep' )
            // InternalRules.g:116:10: 'keep'
            {
            match("keep"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__116"

    // $ANTLR start "T__117"
    public final void mT__117() throws RecognitionException {
        try {
            int _type = T__117;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:117:8: ( 'residency' )
            // InternalRules.g:117:10: 'residency'
            {
            match("residency"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__117"

    // $ANTLR start "T__118"
    public final void mT__118() throws RecognitionException {
        try {
            int _type = T__118;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:118:8: ( 'in' )
            // InternalRules.g:118:10: 'in'
            {
            match("in"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__118"

    // $ANTLR start "T__119"
    public final void mT__119() throws RecognitionException {
        try {
            int _type = T__119;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:119:8: ( 'access' )
            // InternalRules.g:119:10: 'access'
            {
            match("access"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__119"

    // $ANTLR start "T__120"
    public final void mT__120() throws RecognitionException {
        try {
            int _type = T__120;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:120:8: ( 'may' )
            // InternalRules.g:120:10: 'may'
            {
            match("may"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__120"

    // $ANTLR start "T__121"
    public final void mT__121() throws RecognitionException {
        try {
            int _type = T__121;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:121:8: ( 'on' )
            // InternalRules.g:121:10: 'on'
            {
            match("on"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__121"

    // $ANTLR start "T__122"
    public final void mT__122() throws RecognitionException {
        try {
            int _type = T__122;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:122:8: ( 'budget' )
            // InternalRules.g:122:10: 'budget'
            {
            match("budget"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__122"

    // $ANTLR start "T__123"
    public final void mT__123() throws RecognitionException {
        try {
            int _type = T__123;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:123:8: ( 'monthly' )
            // InternalRules.g:123:10: 'monthly'
            {
            match("monthly"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__123"

    // $ANTLR start "T__124"
    public final void mT__124() throws RecognitionException {
        try {
            int _type = T__124;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:124:8: ( 'alert' )
            // InternalRules.g:124:10: 'alert'
            {
            match("alert"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__124"

    // $ANTLR start "T__125"
    public final void mT__125() throws RecognitionException {
        try {
            int _type = T__125;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:125:8: ( 'at' )
            // InternalRules.g:125:10: 'at'
            {
            match("at"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__125"

    // $ANTLR start "T__126"
    public final void mT__126() throws RecognitionException {
        try {
            int _type = T__126;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:126:8: ( '%' )
            // InternalRules.g:126:10: '%'
            {
            match('%'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__126"

    // $ANTLR start "T__127"
    public final void mT__127() throws RecognitionException {
        try {
            int _type = T__127;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:127:8: ( 'prompt' )
            // InternalRules.g:127:10: 'prompt'
            {
            match("prompt"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__127"

    // $ANTLR start "T__128"
    public final void mT__128() throws RecognitionException {
        try {
            int _type = T__128;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:128:8: ( 'using' )
            // InternalRules.g:128:10: 'using'
            {
            match("using"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__128"

    // $ANTLR start "T__129"
    public final void mT__129() throws RecognitionException {
        try {
            int _type = T__129;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:129:8: ( 'confidence' )
            // InternalRules.g:129:10: 'confidence'
            {
            match("confidence"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__129"

    // $ANTLR start "T__130"
    public final void mT__130() throws RecognitionException {
        try {
            int _type = T__130;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:130:8: ( 'returns' )
            // InternalRules.g:130:10: 'returns'
            {
            match("returns"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__130"

    // $ANTLR start "T__131"
    public final void mT__131() throws RecognitionException {
        try {
            int _type = T__131;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:131:8: ( '{' )
            // InternalRules.g:131:10: '{'
            {
            match('{'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__131"

    // $ANTLR start "T__132"
    public final void mT__132() throws RecognitionException {
        try {
            int _type = T__132;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:132:8: ( '}' )
            // InternalRules.g:132:10: '}'
            {
            match('}'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__132"

    // $ANTLR start "T__133"
    public final void mT__133() throws RecognitionException {
        try {
            int _type = T__133;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:133:8: ( 'between' )
            // InternalRules.g:133:10: 'between'
            {
            match("between"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__133"

    // $ANTLR start "T__134"
    public final void mT__134() throws RecognitionException {
        try {
            int _type = T__134;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:134:8: ( 'and' )
            // InternalRules.g:134:10: 'and'
            {
            match("and"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__134"

    // $ANTLR start "T__135"
    public final void mT__135() throws RecognitionException {
        try {
            int _type = T__135;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:135:8: ( '.' )
            // InternalRules.g:135:10: '.'
            {
            match('.'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__135"

    // $ANTLR start "T__136"
    public final void mT__136() throws RecognitionException {
        try {
            int _type = T__136;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:136:8: ( 'or' )
            // InternalRules.g:136:10: 'or'
            {
            match("or"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__136"

    // $ANTLR start "T__137"
    public final void mT__137() throws RecognitionException {
        try {
            int _type = T__137;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:137:8: ( 'true' )
            // InternalRules.g:137:10: 'true'
            {
            match("true"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__137"

    // $ANTLR start "RULE_ID"
    public final void mRULE_ID() throws RecognitionException {
        try {
            int _type = RULE_ID;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:12502:9: ( ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )* ( '-' ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )+ )* )
            // InternalRules.g:12502:11: ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )* ( '-' ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )+ )*
            {
            // InternalRules.g:12502:11: ( '^' )?
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0=='^') ) {
                alt1=1;
            }
            switch (alt1) {
                case 1 :
                    // InternalRules.g:12502:11: '^'
                    {
                    match('^'); 

                    }
                    break;

            }

            if ( (input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
                input.consume();

            }
            else {
                MismatchedSetException mse = new MismatchedSetException(null,input);
                recover(mse);
                throw mse;}

            // InternalRules.g:12502:40: ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )*
            loop2:
            do {
                int alt2=2;
                int LA2_0 = input.LA(1);

                if ( ((LA2_0>='0' && LA2_0<='9')||(LA2_0>='A' && LA2_0<='Z')||LA2_0=='_'||(LA2_0>='a' && LA2_0<='z')) ) {
                    alt2=1;
                }


                switch (alt2) {
            	case 1 :
            	    // InternalRules.g:
            	    {
            	    if ( (input.LA(1)>='0' && input.LA(1)<='9')||(input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop2;
                }
            } while (true);

            // InternalRules.g:12502:74: ( '-' ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )+ )*
            loop4:
            do {
                int alt4=2;
                int LA4_0 = input.LA(1);

                if ( (LA4_0=='-') ) {
                    alt4=1;
                }


                switch (alt4) {
            	case 1 :
            	    // InternalRules.g:12502:75: '-' ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )+
            	    {
            	    match('-'); 
            	    // InternalRules.g:12502:79: ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )+
            	    int cnt3=0;
            	    loop3:
            	    do {
            	        int alt3=2;
            	        int LA3_0 = input.LA(1);

            	        if ( ((LA3_0>='0' && LA3_0<='9')||(LA3_0>='A' && LA3_0<='Z')||LA3_0=='_'||(LA3_0>='a' && LA3_0<='z')) ) {
            	            alt3=1;
            	        }


            	        switch (alt3) {
            	    	case 1 :
            	    	    // InternalRules.g:
            	    	    {
            	    	    if ( (input.LA(1)>='0' && input.LA(1)<='9')||(input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
            	    	        input.consume();

            	    	    }
            	    	    else {
            	    	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	    	        recover(mse);
            	    	        throw mse;}


            	    	    }
            	    	    break;

            	    	default :
            	    	    if ( cnt3 >= 1 ) break loop3;
            	                EarlyExitException eee =
            	                    new EarlyExitException(3, input);
            	                throw eee;
            	        }
            	        cnt3++;
            	    } while (true);


            	    }
            	    break;

            	default :
            	    break loop4;
                }
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ID"

    // $ANTLR start "RULE_INT"
    public final void mRULE_INT() throws RecognitionException {
        try {
            int _type = RULE_INT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:12504:10: ( ( '0' .. '9' )+ )
            // InternalRules.g:12504:12: ( '0' .. '9' )+
            {
            // InternalRules.g:12504:12: ( '0' .. '9' )+
            int cnt5=0;
            loop5:
            do {
                int alt5=2;
                int LA5_0 = input.LA(1);

                if ( ((LA5_0>='0' && LA5_0<='9')) ) {
                    alt5=1;
                }


                switch (alt5) {
            	case 1 :
            	    // InternalRules.g:12504:13: '0' .. '9'
            	    {
            	    matchRange('0','9'); 

            	    }
            	    break;

            	default :
            	    if ( cnt5 >= 1 ) break loop5;
                        EarlyExitException eee =
                            new EarlyExitException(5, input);
                        throw eee;
                }
                cnt5++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_INT"

    // $ANTLR start "RULE_STRING"
    public final void mRULE_STRING() throws RecognitionException {
        try {
            int _type = RULE_STRING;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:12506:13: ( ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' ) )
            // InternalRules.g:12506:15: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' )
            {
            // InternalRules.g:12506:15: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' )
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0=='\"') ) {
                alt8=1;
            }
            else if ( (LA8_0=='\'') ) {
                alt8=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 8, 0, input);

                throw nvae;
            }
            switch (alt8) {
                case 1 :
                    // InternalRules.g:12506:16: '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"'
                    {
                    match('\"'); 
                    // InternalRules.g:12506:20: ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )*
                    loop6:
                    do {
                        int alt6=3;
                        int LA6_0 = input.LA(1);

                        if ( (LA6_0=='\\') ) {
                            alt6=1;
                        }
                        else if ( ((LA6_0>='\u0000' && LA6_0<='!')||(LA6_0>='#' && LA6_0<='[')||(LA6_0>=']' && LA6_0<='\uFFFF')) ) {
                            alt6=2;
                        }


                        switch (alt6) {
                    	case 1 :
                    	    // InternalRules.g:12506:21: '\\\\' .
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalRules.g:12506:28: ~ ( ( '\\\\' | '\"' ) )
                    	    {
                    	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='!')||(input.LA(1)>='#' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
                    	        input.consume();

                    	    }
                    	    else {
                    	        MismatchedSetException mse = new MismatchedSetException(null,input);
                    	        recover(mse);
                    	        throw mse;}


                    	    }
                    	    break;

                    	default :
                    	    break loop6;
                        }
                    } while (true);

                    match('\"'); 

                    }
                    break;
                case 2 :
                    // InternalRules.g:12506:48: '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\''
                    {
                    match('\''); 
                    // InternalRules.g:12506:53: ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )*
                    loop7:
                    do {
                        int alt7=3;
                        int LA7_0 = input.LA(1);

                        if ( (LA7_0=='\\') ) {
                            alt7=1;
                        }
                        else if ( ((LA7_0>='\u0000' && LA7_0<='&')||(LA7_0>='(' && LA7_0<='[')||(LA7_0>=']' && LA7_0<='\uFFFF')) ) {
                            alt7=2;
                        }


                        switch (alt7) {
                    	case 1 :
                    	    // InternalRules.g:12506:54: '\\\\' .
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalRules.g:12506:61: ~ ( ( '\\\\' | '\\'' ) )
                    	    {
                    	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='&')||(input.LA(1)>='(' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
                    	        input.consume();

                    	    }
                    	    else {
                    	        MismatchedSetException mse = new MismatchedSetException(null,input);
                    	        recover(mse);
                    	        throw mse;}


                    	    }
                    	    break;

                    	default :
                    	    break loop7;
                        }
                    } while (true);

                    match('\''); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_STRING"

    // $ANTLR start "RULE_ML_COMMENT"
    public final void mRULE_ML_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_ML_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:12508:17: ( '/*' ( options {greedy=false; } : . )* '*/' )
            // InternalRules.g:12508:19: '/*' ( options {greedy=false; } : . )* '*/'
            {
            match("/*"); 

            // InternalRules.g:12508:24: ( options {greedy=false; } : . )*
            loop9:
            do {
                int alt9=2;
                int LA9_0 = input.LA(1);

                if ( (LA9_0=='*') ) {
                    int LA9_1 = input.LA(2);

                    if ( (LA9_1=='/') ) {
                        alt9=2;
                    }
                    else if ( ((LA9_1>='\u0000' && LA9_1<='.')||(LA9_1>='0' && LA9_1<='\uFFFF')) ) {
                        alt9=1;
                    }


                }
                else if ( ((LA9_0>='\u0000' && LA9_0<=')')||(LA9_0>='+' && LA9_0<='\uFFFF')) ) {
                    alt9=1;
                }


                switch (alt9) {
            	case 1 :
            	    // InternalRules.g:12508:52: .
            	    {
            	    matchAny(); 

            	    }
            	    break;

            	default :
            	    break loop9;
                }
            } while (true);

            match("*/"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ML_COMMENT"

    // $ANTLR start "RULE_SL_COMMENT"
    public final void mRULE_SL_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_SL_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:12510:17: ( '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )? )
            // InternalRules.g:12510:19: '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )?
            {
            match("//"); 

            // InternalRules.g:12510:24: (~ ( ( '\\n' | '\\r' ) ) )*
            loop10:
            do {
                int alt10=2;
                int LA10_0 = input.LA(1);

                if ( ((LA10_0>='\u0000' && LA10_0<='\t')||(LA10_0>='\u000B' && LA10_0<='\f')||(LA10_0>='\u000E' && LA10_0<='\uFFFF')) ) {
                    alt10=1;
                }


                switch (alt10) {
            	case 1 :
            	    // InternalRules.g:12510:24: ~ ( ( '\\n' | '\\r' ) )
            	    {
            	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='\t')||(input.LA(1)>='\u000B' && input.LA(1)<='\f')||(input.LA(1)>='\u000E' && input.LA(1)<='\uFFFF') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop10;
                }
            } while (true);

            // InternalRules.g:12510:40: ( ( '\\r' )? '\\n' )?
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( (LA12_0=='\n'||LA12_0=='\r') ) {
                alt12=1;
            }
            switch (alt12) {
                case 1 :
                    // InternalRules.g:12510:41: ( '\\r' )? '\\n'
                    {
                    // InternalRules.g:12510:41: ( '\\r' )?
                    int alt11=2;
                    int LA11_0 = input.LA(1);

                    if ( (LA11_0=='\r') ) {
                        alt11=1;
                    }
                    switch (alt11) {
                        case 1 :
                            // InternalRules.g:12510:41: '\\r'
                            {
                            match('\r'); 

                            }
                            break;

                    }

                    match('\n'); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_SL_COMMENT"

    // $ANTLR start "RULE_WS"
    public final void mRULE_WS() throws RecognitionException {
        try {
            int _type = RULE_WS;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:12512:9: ( ( ' ' | '\\t' | '\\r' | '\\n' )+ )
            // InternalRules.g:12512:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
            {
            // InternalRules.g:12512:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
            int cnt13=0;
            loop13:
            do {
                int alt13=2;
                int LA13_0 = input.LA(1);

                if ( ((LA13_0>='\t' && LA13_0<='\n')||LA13_0=='\r'||LA13_0==' ') ) {
                    alt13=1;
                }


                switch (alt13) {
            	case 1 :
            	    // InternalRules.g:
            	    {
            	    if ( (input.LA(1)>='\t' && input.LA(1)<='\n')||input.LA(1)=='\r'||input.LA(1)==' ' ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    if ( cnt13 >= 1 ) break loop13;
                        EarlyExitException eee =
                            new EarlyExitException(13, input);
                        throw eee;
                }
                cnt13++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_WS"

    // $ANTLR start "RULE_ANY_OTHER"
    public final void mRULE_ANY_OTHER() throws RecognitionException {
        try {
            int _type = RULE_ANY_OTHER;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalRules.g:12514:16: ( . )
            // InternalRules.g:12514:18: .
            {
            matchAny(); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ANY_OTHER"

    public void mTokens() throws RecognitionException {
        // InternalRules.g:1:8: ( T__11 | T__12 | T__13 | T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | T__89 | T__90 | T__91 | T__92 | T__93 | T__94 | T__95 | T__96 | T__97 | T__98 | T__99 | T__100 | T__101 | T__102 | T__103 | T__104 | T__105 | T__106 | T__107 | T__108 | T__109 | T__110 | T__111 | T__112 | T__113 | T__114 | T__115 | T__116 | T__117 | T__118 | T__119 | T__120 | T__121 | T__122 | T__123 | T__124 | T__125 | T__126 | T__127 | T__128 | T__129 | T__130 | T__131 | T__132 | T__133 | T__134 | T__135 | T__136 | T__137 | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER )
        int alt14=134;
        alt14 = dfa14.predict(input);
        switch (alt14) {
            case 1 :
                // InternalRules.g:1:10: T__11
                {
                mT__11(); 

                }
                break;
            case 2 :
                // InternalRules.g:1:16: T__12
                {
                mT__12(); 

                }
                break;
            case 3 :
                // InternalRules.g:1:22: T__13
                {
                mT__13(); 

                }
                break;
            case 4 :
                // InternalRules.g:1:28: T__14
                {
                mT__14(); 

                }
                break;
            case 5 :
                // InternalRules.g:1:34: T__15
                {
                mT__15(); 

                }
                break;
            case 6 :
                // InternalRules.g:1:40: T__16
                {
                mT__16(); 

                }
                break;
            case 7 :
                // InternalRules.g:1:46: T__17
                {
                mT__17(); 

                }
                break;
            case 8 :
                // InternalRules.g:1:52: T__18
                {
                mT__18(); 

                }
                break;
            case 9 :
                // InternalRules.g:1:58: T__19
                {
                mT__19(); 

                }
                break;
            case 10 :
                // InternalRules.g:1:64: T__20
                {
                mT__20(); 

                }
                break;
            case 11 :
                // InternalRules.g:1:70: T__21
                {
                mT__21(); 

                }
                break;
            case 12 :
                // InternalRules.g:1:76: T__22
                {
                mT__22(); 

                }
                break;
            case 13 :
                // InternalRules.g:1:82: T__23
                {
                mT__23(); 

                }
                break;
            case 14 :
                // InternalRules.g:1:88: T__24
                {
                mT__24(); 

                }
                break;
            case 15 :
                // InternalRules.g:1:94: T__25
                {
                mT__25(); 

                }
                break;
            case 16 :
                // InternalRules.g:1:100: T__26
                {
                mT__26(); 

                }
                break;
            case 17 :
                // InternalRules.g:1:106: T__27
                {
                mT__27(); 

                }
                break;
            case 18 :
                // InternalRules.g:1:112: T__28
                {
                mT__28(); 

                }
                break;
            case 19 :
                // InternalRules.g:1:118: T__29
                {
                mT__29(); 

                }
                break;
            case 20 :
                // InternalRules.g:1:124: T__30
                {
                mT__30(); 

                }
                break;
            case 21 :
                // InternalRules.g:1:130: T__31
                {
                mT__31(); 

                }
                break;
            case 22 :
                // InternalRules.g:1:136: T__32
                {
                mT__32(); 

                }
                break;
            case 23 :
                // InternalRules.g:1:142: T__33
                {
                mT__33(); 

                }
                break;
            case 24 :
                // InternalRules.g:1:148: T__34
                {
                mT__34(); 

                }
                break;
            case 25 :
                // InternalRules.g:1:154: T__35
                {
                mT__35(); 

                }
                break;
            case 26 :
                // InternalRules.g:1:160: T__36
                {
                mT__36(); 

                }
                break;
            case 27 :
                // InternalRules.g:1:166: T__37
                {
                mT__37(); 

                }
                break;
            case 28 :
                // InternalRules.g:1:172: T__38
                {
                mT__38(); 

                }
                break;
            case 29 :
                // InternalRules.g:1:178: T__39
                {
                mT__39(); 

                }
                break;
            case 30 :
                // InternalRules.g:1:184: T__40
                {
                mT__40(); 

                }
                break;
            case 31 :
                // InternalRules.g:1:190: T__41
                {
                mT__41(); 

                }
                break;
            case 32 :
                // InternalRules.g:1:196: T__42
                {
                mT__42(); 

                }
                break;
            case 33 :
                // InternalRules.g:1:202: T__43
                {
                mT__43(); 

                }
                break;
            case 34 :
                // InternalRules.g:1:208: T__44
                {
                mT__44(); 

                }
                break;
            case 35 :
                // InternalRules.g:1:214: T__45
                {
                mT__45(); 

                }
                break;
            case 36 :
                // InternalRules.g:1:220: T__46
                {
                mT__46(); 

                }
                break;
            case 37 :
                // InternalRules.g:1:226: T__47
                {
                mT__47(); 

                }
                break;
            case 38 :
                // InternalRules.g:1:232: T__48
                {
                mT__48(); 

                }
                break;
            case 39 :
                // InternalRules.g:1:238: T__49
                {
                mT__49(); 

                }
                break;
            case 40 :
                // InternalRules.g:1:244: T__50
                {
                mT__50(); 

                }
                break;
            case 41 :
                // InternalRules.g:1:250: T__51
                {
                mT__51(); 

                }
                break;
            case 42 :
                // InternalRules.g:1:256: T__52
                {
                mT__52(); 

                }
                break;
            case 43 :
                // InternalRules.g:1:262: T__53
                {
                mT__53(); 

                }
                break;
            case 44 :
                // InternalRules.g:1:268: T__54
                {
                mT__54(); 

                }
                break;
            case 45 :
                // InternalRules.g:1:274: T__55
                {
                mT__55(); 

                }
                break;
            case 46 :
                // InternalRules.g:1:280: T__56
                {
                mT__56(); 

                }
                break;
            case 47 :
                // InternalRules.g:1:286: T__57
                {
                mT__57(); 

                }
                break;
            case 48 :
                // InternalRules.g:1:292: T__58
                {
                mT__58(); 

                }
                break;
            case 49 :
                // InternalRules.g:1:298: T__59
                {
                mT__59(); 

                }
                break;
            case 50 :
                // InternalRules.g:1:304: T__60
                {
                mT__60(); 

                }
                break;
            case 51 :
                // InternalRules.g:1:310: T__61
                {
                mT__61(); 

                }
                break;
            case 52 :
                // InternalRules.g:1:316: T__62
                {
                mT__62(); 

                }
                break;
            case 53 :
                // InternalRules.g:1:322: T__63
                {
                mT__63(); 

                }
                break;
            case 54 :
                // InternalRules.g:1:328: T__64
                {
                mT__64(); 

                }
                break;
            case 55 :
                // InternalRules.g:1:334: T__65
                {
                mT__65(); 

                }
                break;
            case 56 :
                // InternalRules.g:1:340: T__66
                {
                mT__66(); 

                }
                break;
            case 57 :
                // InternalRules.g:1:346: T__67
                {
                mT__67(); 

                }
                break;
            case 58 :
                // InternalRules.g:1:352: T__68
                {
                mT__68(); 

                }
                break;
            case 59 :
                // InternalRules.g:1:358: T__69
                {
                mT__69(); 

                }
                break;
            case 60 :
                // InternalRules.g:1:364: T__70
                {
                mT__70(); 

                }
                break;
            case 61 :
                // InternalRules.g:1:370: T__71
                {
                mT__71(); 

                }
                break;
            case 62 :
                // InternalRules.g:1:376: T__72
                {
                mT__72(); 

                }
                break;
            case 63 :
                // InternalRules.g:1:382: T__73
                {
                mT__73(); 

                }
                break;
            case 64 :
                // InternalRules.g:1:388: T__74
                {
                mT__74(); 

                }
                break;
            case 65 :
                // InternalRules.g:1:394: T__75
                {
                mT__75(); 

                }
                break;
            case 66 :
                // InternalRules.g:1:400: T__76
                {
                mT__76(); 

                }
                break;
            case 67 :
                // InternalRules.g:1:406: T__77
                {
                mT__77(); 

                }
                break;
            case 68 :
                // InternalRules.g:1:412: T__78
                {
                mT__78(); 

                }
                break;
            case 69 :
                // InternalRules.g:1:418: T__79
                {
                mT__79(); 

                }
                break;
            case 70 :
                // InternalRules.g:1:424: T__80
                {
                mT__80(); 

                }
                break;
            case 71 :
                // InternalRules.g:1:430: T__81
                {
                mT__81(); 

                }
                break;
            case 72 :
                // InternalRules.g:1:436: T__82
                {
                mT__82(); 

                }
                break;
            case 73 :
                // InternalRules.g:1:442: T__83
                {
                mT__83(); 

                }
                break;
            case 74 :
                // InternalRules.g:1:448: T__84
                {
                mT__84(); 

                }
                break;
            case 75 :
                // InternalRules.g:1:454: T__85
                {
                mT__85(); 

                }
                break;
            case 76 :
                // InternalRules.g:1:460: T__86
                {
                mT__86(); 

                }
                break;
            case 77 :
                // InternalRules.g:1:466: T__87
                {
                mT__87(); 

                }
                break;
            case 78 :
                // InternalRules.g:1:472: T__88
                {
                mT__88(); 

                }
                break;
            case 79 :
                // InternalRules.g:1:478: T__89
                {
                mT__89(); 

                }
                break;
            case 80 :
                // InternalRules.g:1:484: T__90
                {
                mT__90(); 

                }
                break;
            case 81 :
                // InternalRules.g:1:490: T__91
                {
                mT__91(); 

                }
                break;
            case 82 :
                // InternalRules.g:1:496: T__92
                {
                mT__92(); 

                }
                break;
            case 83 :
                // InternalRules.g:1:502: T__93
                {
                mT__93(); 

                }
                break;
            case 84 :
                // InternalRules.g:1:508: T__94
                {
                mT__94(); 

                }
                break;
            case 85 :
                // InternalRules.g:1:514: T__95
                {
                mT__95(); 

                }
                break;
            case 86 :
                // InternalRules.g:1:520: T__96
                {
                mT__96(); 

                }
                break;
            case 87 :
                // InternalRules.g:1:526: T__97
                {
                mT__97(); 

                }
                break;
            case 88 :
                // InternalRules.g:1:532: T__98
                {
                mT__98(); 

                }
                break;
            case 89 :
                // InternalRules.g:1:538: T__99
                {
                mT__99(); 

                }
                break;
            case 90 :
                // InternalRules.g:1:544: T__100
                {
                mT__100(); 

                }
                break;
            case 91 :
                // InternalRules.g:1:551: T__101
                {
                mT__101(); 

                }
                break;
            case 92 :
                // InternalRules.g:1:558: T__102
                {
                mT__102(); 

                }
                break;
            case 93 :
                // InternalRules.g:1:565: T__103
                {
                mT__103(); 

                }
                break;
            case 94 :
                // InternalRules.g:1:572: T__104
                {
                mT__104(); 

                }
                break;
            case 95 :
                // InternalRules.g:1:579: T__105
                {
                mT__105(); 

                }
                break;
            case 96 :
                // InternalRules.g:1:586: T__106
                {
                mT__106(); 

                }
                break;
            case 97 :
                // InternalRules.g:1:593: T__107
                {
                mT__107(); 

                }
                break;
            case 98 :
                // InternalRules.g:1:600: T__108
                {
                mT__108(); 

                }
                break;
            case 99 :
                // InternalRules.g:1:607: T__109
                {
                mT__109(); 

                }
                break;
            case 100 :
                // InternalRules.g:1:614: T__110
                {
                mT__110(); 

                }
                break;
            case 101 :
                // InternalRules.g:1:621: T__111
                {
                mT__111(); 

                }
                break;
            case 102 :
                // InternalRules.g:1:628: T__112
                {
                mT__112(); 

                }
                break;
            case 103 :
                // InternalRules.g:1:635: T__113
                {
                mT__113(); 

                }
                break;
            case 104 :
                // InternalRules.g:1:642: T__114
                {
                mT__114(); 

                }
                break;
            case 105 :
                // InternalRules.g:1:649: T__115
                {
                mT__115(); 

                }
                break;
            case 106 :
                // InternalRules.g:1:656: T__116
                {
                mT__116(); 

                }
                break;
            case 107 :
                // InternalRules.g:1:663: T__117
                {
                mT__117(); 

                }
                break;
            case 108 :
                // InternalRules.g:1:670: T__118
                {
                mT__118(); 

                }
                break;
            case 109 :
                // InternalRules.g:1:677: T__119
                {
                mT__119(); 

                }
                break;
            case 110 :
                // InternalRules.g:1:684: T__120
                {
                mT__120(); 

                }
                break;
            case 111 :
                // InternalRules.g:1:691: T__121
                {
                mT__121(); 

                }
                break;
            case 112 :
                // InternalRules.g:1:698: T__122
                {
                mT__122(); 

                }
                break;
            case 113 :
                // InternalRules.g:1:705: T__123
                {
                mT__123(); 

                }
                break;
            case 114 :
                // InternalRules.g:1:712: T__124
                {
                mT__124(); 

                }
                break;
            case 115 :
                // InternalRules.g:1:719: T__125
                {
                mT__125(); 

                }
                break;
            case 116 :
                // InternalRules.g:1:726: T__126
                {
                mT__126(); 

                }
                break;
            case 117 :
                // InternalRules.g:1:733: T__127
                {
                mT__127(); 

                }
                break;
            case 118 :
                // InternalRules.g:1:740: T__128
                {
                mT__128(); 

                }
                break;
            case 119 :
                // InternalRules.g:1:747: T__129
                {
                mT__129(); 

                }
                break;
            case 120 :
                // InternalRules.g:1:754: T__130
                {
                mT__130(); 

                }
                break;
            case 121 :
                // InternalRules.g:1:761: T__131
                {
                mT__131(); 

                }
                break;
            case 122 :
                // InternalRules.g:1:768: T__132
                {
                mT__132(); 

                }
                break;
            case 123 :
                // InternalRules.g:1:775: T__133
                {
                mT__133(); 

                }
                break;
            case 124 :
                // InternalRules.g:1:782: T__134
                {
                mT__134(); 

                }
                break;
            case 125 :
                // InternalRules.g:1:789: T__135
                {
                mT__135(); 

                }
                break;
            case 126 :
                // InternalRules.g:1:796: T__136
                {
                mT__136(); 

                }
                break;
            case 127 :
                // InternalRules.g:1:803: T__137
                {
                mT__137(); 

                }
                break;
            case 128 :
                // InternalRules.g:1:810: RULE_ID
                {
                mRULE_ID(); 

                }
                break;
            case 129 :
                // InternalRules.g:1:818: RULE_INT
                {
                mRULE_INT(); 

                }
                break;
            case 130 :
                // InternalRules.g:1:827: RULE_STRING
                {
                mRULE_STRING(); 

                }
                break;
            case 131 :
                // InternalRules.g:1:839: RULE_ML_COMMENT
                {
                mRULE_ML_COMMENT(); 

                }
                break;
            case 132 :
                // InternalRules.g:1:855: RULE_SL_COMMENT
                {
                mRULE_SL_COMMENT(); 

                }
                break;
            case 133 :
                // InternalRules.g:1:871: RULE_WS
                {
                mRULE_WS(); 

                }
                break;
            case 134 :
                // InternalRules.g:1:879: RULE_ANY_OTHER
                {
                mRULE_ANY_OTHER(); 

                }
                break;

        }

    }


    protected DFA14 dfa14 = new DFA14(this);
    static final String DFA14_eotS =
        "\1\uffff\3\72\1\101\1\103\1\65\2\uffff\1\110\3\uffff\1\116\26\72\1\uffff\1\72\4\uffff\1\u0093\1\72\3\uffff\1\65\2\uffff\2\65\2\uffff\4\72\1\uffff\5\72\17\uffff\2\72\1\u00aa\15\72\1\u00b9\26\72\1\u00d8\17\72\1\u00ea\1\72\1\uffff\1\u00ec\2\72\1\u00ef\1\u00f0\6\uffff\1\72\6\uffff\1\u00f2\1\72\1\u00f4\1\u00f5\1\u00f7\1\u00f8\1\u00f9\6\72\1\u0103\1\72\1\uffff\4\72\1\u0109\1\u010a\1\72\1\u010c\2\72\1\u010f\3\72\1\uffff\1\72\1\u0114\16\72\1\u0124\1\u0126\12\72\1\u0132\1\72\1\uffff\15\72\1\u0141\3\72\1\uffff\1\72\1\uffff\2\72\2\uffff\1\72\1\uffff\1\72\2\uffff\1\72\3\uffff\11\72\1\uffff\1\72\1\u0155\1\u0156\1\72\1\u0158\2\uffff\1\72\1\uffff\2\72\1\uffff\4\72\1\uffff\1\u0160\5\72\1\u0168\2\72\1\u016b\3\72\1\u0170\1\72\1\uffff\1\u0172\1\uffff\1\u0173\3\72\1\u0178\1\u017a\1\u017b\1\72\1\u017e\2\72\1\uffff\16\72\1\uffff\6\72\1\u0195\1\u0196\1\72\1\u019a\1\u019b\1\u019c\5\72\1\u01a2\1\u01a3\2\uffff\1\u01a4\1\uffff\3\72\1\u01a8\1\72\1\u01aa\1\u01ab\1\uffff\5\72\1\uffff\1\72\1\uffff\1\72\1\u01b4\1\uffff\1\u01b5\1\72\1\u01b7\1\u01b8\1\uffff\1\72\2\uffff\3\72\1\u01bd\1\uffff\1\72\2\uffff\1\72\1\u01c0\1\uffff\13\72\1\u01cc\2\72\1\u01cf\3\72\1\u01d3\1\u01d4\2\72\2\uffff\1\u01d8\1\u01d9\1\72\3\uffff\4\72\1\u01df\3\uffff\3\72\1\uffff\1\u01e4\2\uffff\1\u01e5\6\72\1\u01ec\2\uffff\1\u01ed\3\uffff\2\72\1\u01f1\1\uffff\1\72\1\u01f3\1\uffff\1\u01f4\1\u01f5\1\72\1\u01f7\4\72\1\u01fc\1\u01fd\1\72\1\uffff\1\72\1\u0200\1\uffff\2\72\1\u0203\2\uffff\1\72\1\u0205\1\u0206\2\uffff\1\u0207\4\72\1\uffff\1\72\1\u020d\1\u020e\1\72\2\uffff\1\u0210\1\72\1\u0212\2\72\1\u0215\2\uffff\3\72\1\uffff\1\u0219\3\uffff\1\u021a\1\uffff\1\u021b\1\u021c\1\u021d\1\72\2\uffff\2\72\1\uffff\1\72\1\u0222\1\uffff\1\72\3\uffff\1\u0224\2\72\1\u0227\1\72\2\uffff\1\u0229\1\uffff\1\72\1\uffff\2\72\1\uffff\1\72\1\u022e\1\72\5\uffff\1\u0230\1\u0231\1\u0232\1\u0233\1\uffff\1\72\1\uffff\2\72\1\uffff\1\u0237\1\uffff\1\u0238\1\u0239\2\72\1\uffff\1\72\4\uffff\1\u023d\1\u023e\1\u023f\3\uffff\3\72\3\uffff\3\72\1\u0246\1\u0247\1\72\2\uffff\1\u0249\1\uffff";
    static final String DFA14_eofS =
        "\u024a\uffff";
    static final String DFA14_minS =
        "\1\0\1\145\1\141\1\157\3\75\2\uffff\1\76\3\uffff\1\52\2\141\1\142\2\145\1\160\1\151\2\141\1\145\1\157\1\145\2\141\1\162\1\116\1\111\1\122\1\116\1\117\1\155\1\151\1\uffff\1\146\4\uffff\1\56\1\145\3\uffff\1\101\2\uffff\2\0\2\uffff\1\155\1\141\1\164\1\141\1\uffff\1\156\1\170\1\156\1\155\1\145\17\uffff\1\154\1\162\1\55\1\170\1\145\1\142\1\165\1\147\1\163\1\144\1\143\1\160\1\153\1\164\1\143\1\145\1\55\1\165\1\141\1\154\1\156\1\167\1\163\1\144\1\151\1\165\1\155\2\164\1\162\1\154\1\145\1\162\1\145\1\164\1\141\1\155\1\164\1\157\1\55\1\144\1\164\2\162\1\151\1\154\2\162\1\143\1\111\1\122\1\111\1\131\1\114\1\160\1\55\1\166\1\uffff\1\55\1\150\1\164\2\55\6\uffff\1\145\6\uffff\1\55\1\162\5\55\1\145\1\156\1\146\1\160\1\141\1\163\1\55\1\141\1\uffff\1\164\1\156\1\154\1\145\2\55\1\156\1\55\1\150\1\162\1\55\2\145\1\162\1\uffff\1\156\1\55\1\144\1\145\1\165\1\145\1\151\1\145\1\147\1\145\1\164\1\145\1\141\1\156\1\162\1\141\2\55\1\145\1\141\2\145\1\153\2\156\1\150\1\162\1\142\1\55\1\154\1\uffff\1\147\1\167\1\164\1\146\1\157\1\155\2\151\1\157\1\141\1\121\1\123\1\117\1\55\1\114\1\157\1\165\1\uffff\1\145\1\uffff\1\145\1\160\2\uffff\1\160\1\uffff\1\164\2\uffff\1\164\3\uffff\1\150\1\171\1\164\1\141\1\164\1\151\1\165\1\164\1\145\1\uffff\1\171\2\55\1\145\1\55\2\uffff\1\171\1\uffff\1\151\1\157\1\uffff\1\162\1\163\1\164\1\144\1\uffff\1\55\1\143\1\151\1\156\1\162\1\144\1\55\1\164\1\162\1\55\1\162\1\164\1\147\1\55\1\156\1\uffff\1\55\1\uffff\1\55\1\164\1\162\1\164\3\55\1\151\1\55\1\145\1\146\1\uffff\3\145\1\151\1\157\1\162\1\160\1\143\1\141\1\162\1\154\1\125\1\124\1\122\1\uffff\1\105\1\162\1\164\1\156\1\162\1\165\2\55\1\145\3\55\1\151\1\162\1\144\1\164\1\145\2\55\2\uffff\1\55\1\uffff\1\155\2\166\1\55\1\163\2\55\1\uffff\1\164\1\162\1\164\1\156\1\145\1\60\1\145\1\uffff\1\150\1\55\1\uffff\1\55\1\145\2\55\1\uffff\1\55\2\uffff\1\151\1\155\1\145\1\55\1\uffff\1\156\2\uffff\1\156\1\55\1\uffff\1\162\1\171\1\141\1\164\1\145\1\141\1\162\1\151\1\164\1\171\1\142\1\55\1\141\1\105\1\55\1\111\1\103\1\164\2\55\1\167\1\164\2\uffff\2\55\1\171\3\uffff\1\156\1\141\2\145\1\55\3\uffff\1\151\1\145\1\141\1\uffff\1\55\2\uffff\1\55\1\145\1\151\1\163\1\156\1\145\1\164\1\55\2\uffff\1\55\2\uffff\1\60\1\157\1\151\1\55\1\uffff\1\147\1\55\1\uffff\2\55\1\156\1\55\1\156\1\154\1\155\1\164\2\55\1\154\1\uffff\1\164\1\55\1\uffff\2\124\1\55\2\uffff\1\151\2\55\2\uffff\1\55\1\163\1\151\1\156\1\144\1\uffff\1\163\2\55\1\154\2\uffff\1\55\1\157\1\55\1\143\1\146\1\55\2\uffff\1\145\2\156\1\uffff\1\55\3\uffff\1\55\1\uffff\3\55\1\171\2\uffff\2\145\1\uffff\1\131\1\55\1\uffff\1\163\3\uffff\1\55\1\156\1\143\1\55\1\145\2\uffff\1\55\1\uffff\1\156\1\uffff\1\171\1\141\1\uffff\1\166\1\55\1\151\5\uffff\4\55\1\uffff\1\145\1\uffff\1\164\1\145\1\uffff\1\55\1\uffff\2\55\1\165\1\151\1\uffff\1\163\4\uffff\3\55\3\uffff\1\154\1\145\1\164\3\uffff\1\164\1\167\1\151\2\55\1\143\2\uffff\1\55\1\uffff";
    static final String DFA14_maxS =
        "\1\uffff\1\165\1\157\1\162\3\75\2\uffff\1\76\3\uffff\1\57\1\157\1\162\1\166\1\165\1\157\1\163\2\165\1\151\1\145\1\165\1\171\1\162\1\141\1\163\1\116\1\111\1\122\1\116\1\117\1\156\1\151\1\uffff\1\165\4\uffff\1\56\1\145\3\uffff\1\172\2\uffff\2\uffff\2\uffff\1\155\1\141\1\164\1\141\1\uffff\1\156\1\171\1\156\1\165\1\145\17\uffff\1\154\1\162\1\172\1\170\1\145\1\142\1\165\1\147\1\163\1\157\1\143\1\160\1\153\1\164\1\143\1\145\1\172\1\167\1\164\1\154\1\156\1\167\1\163\1\160\1\151\1\165\1\155\1\164\1\171\1\162\1\164\1\145\1\162\1\145\1\164\1\141\1\155\1\164\1\157\1\172\1\144\1\164\2\162\1\157\1\154\2\162\1\143\1\111\1\122\1\111\1\131\1\114\1\160\1\172\1\166\1\uffff\1\172\1\150\1\164\2\172\6\uffff\1\145\6\uffff\1\172\1\162\5\172\1\164\1\156\1\164\1\160\1\141\1\163\1\172\1\141\1\uffff\1\164\1\156\1\154\1\145\2\172\1\156\1\172\1\150\1\162\1\172\2\145\1\162\1\uffff\1\156\1\172\1\144\1\145\2\165\1\151\1\145\1\147\1\145\1\164\1\145\1\141\1\156\1\162\1\141\2\172\1\145\1\141\2\145\1\153\2\156\1\150\1\162\1\142\1\172\1\154\1\uffff\1\147\1\167\1\164\1\146\1\157\1\155\2\151\1\157\1\141\1\121\1\123\1\117\1\172\1\114\1\157\1\165\1\uffff\1\145\1\uffff\1\145\1\160\2\uffff\1\160\1\uffff\1\164\2\uffff\1\164\3\uffff\1\150\1\171\1\164\1\141\1\164\1\151\1\165\1\164\1\145\1\uffff\1\171\2\172\1\145\1\172\2\uffff\1\171\1\uffff\1\151\1\157\1\uffff\1\162\1\163\1\164\1\144\1\uffff\1\172\1\143\1\151\1\156\1\162\1\144\1\172\1\164\1\162\1\172\1\162\1\164\1\147\1\172\1\156\1\uffff\1\172\1\uffff\1\172\1\164\1\162\1\164\3\172\1\151\1\172\1\145\1\146\1\uffff\3\145\1\151\1\157\1\162\1\160\1\143\1\141\1\162\1\154\1\125\1\124\1\122\1\uffff\1\105\1\162\1\164\1\156\1\162\1\165\2\172\1\145\3\172\1\151\1\162\1\144\1\164\1\145\2\172\2\uffff\1\172\1\uffff\1\155\2\166\1\172\1\163\2\172\1\uffff\1\164\1\162\1\164\1\156\1\145\1\172\1\145\1\uffff\1\150\1\172\1\uffff\1\172\1\145\2\172\1\uffff\1\55\2\uffff\1\151\1\155\1\145\1\172\1\uffff\1\156\2\uffff\1\156\1\172\1\uffff\1\162\1\171\1\141\1\164\1\145\1\141\1\162\1\151\1\164\1\171\1\142\1\172\1\141\1\105\1\172\1\111\1\103\1\164\2\172\1\167\1\164\2\uffff\2\172\1\171\3\uffff\1\156\1\141\2\145\1\172\3\uffff\1\151\2\145\1\uffff\1\172\2\uffff\1\172\1\145\1\151\1\163\1\156\1\145\1\164\1\172\2\uffff\1\172\2\uffff\1\172\1\157\1\151\1\172\1\uffff\1\147\1\172\1\uffff\2\172\1\156\1\172\1\156\1\154\1\155\1\164\2\172\1\154\1\uffff\1\164\1\172\1\uffff\2\124\1\172\2\uffff\1\151\2\172\2\uffff\1\172\1\163\1\151\1\156\1\144\1\uffff\1\163\2\172\1\154\2\uffff\1\172\1\157\1\172\1\143\1\146\1\172\2\uffff\1\145\2\156\1\uffff\1\172\3\uffff\1\172\1\uffff\3\172\1\171\2\uffff\2\145\1\uffff\1\131\1\172\1\uffff\1\163\3\uffff\1\172\1\156\1\143\1\172\1\145\2\uffff\1\172\1\uffff\1\156\1\uffff\1\171\1\141\1\uffff\1\166\1\172\1\151\5\uffff\4\172\1\uffff\1\145\1\uffff\1\164\1\145\1\uffff\1\172\1\uffff\2\172\1\165\1\151\1\uffff\1\163\4\uffff\3\172\3\uffff\1\154\1\145\1\164\3\uffff\1\164\1\167\1\151\2\172\1\143\2\uffff\1\172\1\uffff";
    static final String DFA14_acceptS =
        "\7\uffff\1\12\1\13\1\uffff\1\15\1\16\1\17\27\uffff\1\105\1\uffff\1\132\1\133\1\134\1\137\2\uffff\1\164\1\171\1\172\1\uffff\1\u0080\1\u0081\2\uffff\1\u0085\1\u0086\4\uffff\1\u0080\5\uffff\1\6\1\5\1\10\1\7\1\11\1\12\1\13\1\136\1\14\1\15\1\16\1\17\1\u0083\1\u0084\1\20\71\uffff\1\105\5\uffff\1\132\1\133\1\134\1\137\1\141\1\175\1\uffff\1\164\1\171\1\172\1\u0081\1\u0082\1\u0085\17\uffff\1\147\16\uffff\1\163\36\uffff\1\121\21\uffff\1\154\1\uffff\1\110\2\uffff\1\157\1\176\1\uffff\1\1\1\uffff\1\116\1\142\1\uffff\1\2\1\3\1\156\11\uffff\1\112\5\uffff\1\23\1\25\1\uffff\1\174\2\uffff\1\122\4\uffff\1\135\17\uffff\1\127\1\uffff\1\36\13\uffff\1\140\16\uffff\1\64\23\uffff\1\50\1\114\1\uffff\1\177\7\uffff\1\71\7\uffff\1\111\2\uffff\1\107\4\uffff\1\34\1\uffff\1\37\1\52\4\uffff\1\40\1\uffff\1\144\1\113\2\uffff\1\44\26\uffff\1\152\1\74\3\uffff\1\42\1\47\1\4\5\uffff\1\21\1\22\1\126\3\uffff\1\145\1\uffff\1\162\1\26\10\uffff\1\30\1\31\1\uffff\1\166\1\35\4\uffff\1\41\2\uffff\1\45\13\uffff\1\57\2\uffff\1\62\3\uffff\1\130\1\104\3\uffff\1\32\1\43\5\uffff\1\72\4\uffff\1\155\1\101\6\uffff\1\27\1\73\3\uffff\1\66\1\uffff\1\143\1\46\1\123\1\uffff\1\160\4\uffff\1\165\1\150\2\uffff\1\61\2\uffff\1\103\1\uffff\1\131\1\33\1\161\5\uffff\1\70\1\76\1\uffff\1\117\1\uffff\1\170\2\uffff\1\102\3\uffff\1\60\1\51\1\173\1\55\1\75\4\uffff\1\65\1\uffff\1\24\2\uffff\1\106\1\uffff\1\120\4\uffff\1\53\1\uffff\1\115\1\56\1\146\1\63\3\uffff\1\67\1\151\1\153\3\uffff\1\125\1\124\1\167\6\uffff\1\100\1\77\1\uffff\1\54";
    static final String DFA14_specialS =
        "\1\0\61\uffff\1\1\1\2\u0216\uffff}>";
    static final String[] DFA14_transitionS = {
            "\11\65\2\64\2\65\1\64\22\65\1\64\1\6\1\62\2\65\1\54\1\65\1\63\1\46\1\47\1\14\1\12\1\50\1\13\1\52\1\15\12\61\1\44\1\65\1\4\1\11\1\5\2\65\1\40\1\60\1\41\2\60\1\36\11\60\1\37\4\60\1\35\5\60\1\7\1\65\1\10\1\57\1\60\1\65\1\20\1\31\1\3\1\25\1\34\1\16\1\43\1\24\1\42\1\60\1\53\1\22\1\2\1\30\1\45\1\32\1\60\1\21\1\1\1\17\1\23\1\33\1\26\1\60\1\27\1\60\1\55\1\51\1\56\uff82\65",
            "\1\70\6\uffff\1\71\7\uffff\1\67\1\66",
            "\1\74\7\uffff\1\73\5\uffff\1\75",
            "\1\76\2\uffff\1\77",
            "\1\100",
            "\1\102",
            "\1\104",
            "",
            "",
            "\1\107",
            "",
            "",
            "",
            "\1\114\4\uffff\1\115",
            "\1\117\15\uffff\1\120",
            "\1\124\3\uffff\1\122\2\uffff\1\123\6\uffff\1\121\2\uffff\1\125",
            "\1\127\1\135\2\uffff\1\134\5\uffff\1\136\1\uffff\1\130\1\uffff\1\132\1\uffff\1\131\1\133\1\137\1\uffff\1\126",
            "\1\141\11\uffff\1\140\5\uffff\1\142",
            "\1\143\3\uffff\1\145\5\uffff\1\144",
            "\1\146\2\uffff\1\147",
            "\1\152\5\uffff\1\150\5\uffff\1\151",
            "\1\153\3\uffff\1\155\17\uffff\1\154",
            "\1\157\3\uffff\1\156\2\uffff\1\160\1\161",
            "\1\162",
            "\1\164\5\uffff\1\163",
            "\1\170\11\uffff\1\165\5\uffff\1\167\3\uffff\1\166",
            "\1\171\3\uffff\1\172\11\uffff\1\174\2\uffff\1\173",
            "\1\175",
            "\1\176\1\177",
            "\1\u0080",
            "\1\u0081",
            "\1\u0082",
            "\1\u0083",
            "\1\u0084",
            "\1\u0085\1\u0086",
            "\1\u0087",
            "",
            "\1\u0089\7\uffff\1\u008c\3\uffff\1\u008d\1\uffff\1\u008a\1\u008b",
            "",
            "",
            "",
            "",
            "\1\u0092",
            "\1\u0094",
            "",
            "",
            "",
            "\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\0\u0099",
            "\0\u0099",
            "",
            "",
            "\1\u009b",
            "\1\u009c",
            "\1\u009d",
            "\1\u009e",
            "",
            "\1\u009f",
            "\1\u00a0\1\u00a1",
            "\1\u00a2",
            "\1\u00a5\1\u00a4\6\uffff\1\u00a3",
            "\1\u00a6",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "\1\u00a7",
            "\1\u00a8",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\3\72\1\u00a9\26\72",
            "\1\u00ab",
            "\1\u00ac",
            "\1\u00ad",
            "\1\u00ae",
            "\1\u00af",
            "\1\u00b0",
            "\1\u00b2\12\uffff\1\u00b1",
            "\1\u00b3",
            "\1\u00b4",
            "\1\u00b5",
            "\1\u00b6",
            "\1\u00b7",
            "\1\u00b8",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u00ba\1\uffff\1\u00bb",
            "\1\u00bc\10\uffff\1\u00bd\6\uffff\1\u00be\1\uffff\1\u00c0\1\u00bf",
            "\1\u00c1",
            "\1\u00c2",
            "\1\u00c3",
            "\1\u00c4",
            "\1\u00c6\13\uffff\1\u00c5",
            "\1\u00c7",
            "\1\u00c8",
            "\1\u00c9",
            "\1\u00ca",
            "\1\u00cc\4\uffff\1\u00cb",
            "\1\u00cd",
            "\1\u00cf\7\uffff\1\u00ce",
            "\1\u00d0",
            "\1\u00d1",
            "\1\u00d2",
            "\1\u00d3",
            "\1\u00d4",
            "\1\u00d5",
            "\1\u00d6",
            "\1\u00d7",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u00d9",
            "\1\u00da",
            "\1\u00db",
            "\1\u00dc",
            "\1\u00dd\5\uffff\1\u00de",
            "\1\u00df",
            "\1\u00e0",
            "\1\u00e1",
            "\1\u00e2",
            "\1\u00e3",
            "\1\u00e4",
            "\1\u00e5",
            "\1\u00e6",
            "\1\u00e7",
            "\1\u00e8",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\17\72\1\u00e9\12\72",
            "\1\u00eb",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u00ed",
            "\1\u00ee",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "",
            "",
            "",
            "",
            "\1\u00f1",
            "",
            "",
            "",
            "",
            "",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u00f3",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\24\72\1\u00f6\5\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u00fb\16\uffff\1\u00fa",
            "\1\u00fc",
            "\1\u00ff\14\uffff\1\u00fe\1\u00fd",
            "\1\u0100",
            "\1\u0101",
            "\1\u0102",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0104",
            "",
            "\1\u0105",
            "\1\u0106",
            "\1\u0107",
            "\1\u0108",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u010b",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u010d",
            "\1\u010e",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0110",
            "\1\u0111",
            "\1\u0112",
            "",
            "\1\u0113",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0115",
            "\1\u0116",
            "\1\u0117",
            "\1\u0118\17\uffff\1\u0119",
            "\1\u011a",
            "\1\u011b",
            "\1\u011c",
            "\1\u011d",
            "\1\u011e",
            "\1\u011f",
            "\1\u0120",
            "\1\u0121",
            "\1\u0122",
            "\1\u0123",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u0125\7\72",
            "\1\u0127",
            "\1\u0128",
            "\1\u0129",
            "\1\u012a",
            "\1\u012b",
            "\1\u012c",
            "\1\u012d",
            "\1\u012e",
            "\1\u012f",
            "\1\u0130",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\10\72\1\u0131\21\72",
            "\1\u0133",
            "",
            "\1\u0134",
            "\1\u0135",
            "\1\u0136",
            "\1\u0137",
            "\1\u0138",
            "\1\u0139",
            "\1\u013a",
            "\1\u013b",
            "\1\u013c",
            "\1\u013d",
            "\1\u013e",
            "\1\u013f",
            "\1\u0140",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0142",
            "\1\u0143",
            "\1\u0144",
            "",
            "\1\u0145",
            "",
            "\1\u0146",
            "\1\u0147",
            "",
            "",
            "\1\u0148",
            "",
            "\1\u0149",
            "",
            "",
            "\1\u014a",
            "",
            "",
            "",
            "\1\u014b",
            "\1\u014c",
            "\1\u014d",
            "\1\u014e",
            "\1\u014f",
            "\1\u0150",
            "\1\u0151",
            "\1\u0152",
            "\1\u0153",
            "",
            "\1\u0154",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0157",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\u0159",
            "",
            "\1\u015a",
            "\1\u015b",
            "",
            "\1\u015c",
            "\1\u015d",
            "\1\u015e",
            "\1\u015f",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0161",
            "\1\u0162",
            "\1\u0163",
            "\1\u0164",
            "\1\u0165",
            "\1\u0166\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u0167\7\72",
            "\1\u0169",
            "\1\u016a",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u016c",
            "\1\u016d",
            "\1\u016e",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u016f\7\72",
            "\1\u0171",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0174",
            "\1\u0175",
            "\1\u0176",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u0177\7\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\10\72\1\u0179\21\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u017c",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u017d\7\72",
            "\1\u017f",
            "\1\u0180",
            "",
            "\1\u0181",
            "\1\u0182",
            "\1\u0183",
            "\1\u0184",
            "\1\u0185",
            "\1\u0186",
            "\1\u0187",
            "\1\u0188",
            "\1\u0189",
            "\1\u018a",
            "\1\u018b",
            "\1\u018c",
            "\1\u018d",
            "\1\u018e",
            "",
            "\1\u018f",
            "\1\u0190",
            "\1\u0191",
            "\1\u0192",
            "\1\u0193",
            "\1\u0194",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0197",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\13\72\1\u0199\6\72\1\u0198\7\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u019d",
            "\1\u019e",
            "\1\u019f",
            "\1\u01a0",
            "\1\u01a1",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u01a5",
            "\1\u01a6",
            "\1\u01a7",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01a9",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u01ac",
            "\1\u01ad",
            "\1\u01ae",
            "\1\u01af",
            "\1\u01b0",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\3\72\1\u01b1\26\72",
            "\1\u01b2",
            "",
            "\1\u01b3",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01b6",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u01b9",
            "",
            "",
            "\1\u01ba",
            "\1\u01bb",
            "\1\u01bc",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u01be",
            "",
            "",
            "\1\u01bf",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u01c1",
            "\1\u01c2",
            "\1\u01c3",
            "\1\u01c4",
            "\1\u01c5",
            "\1\u01c6",
            "\1\u01c7",
            "\1\u01c8",
            "\1\u01c9",
            "\1\u01ca",
            "\1\u01cb",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01cd",
            "\1\u01ce",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01d0",
            "\1\u01d1",
            "\1\u01d2",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01d5",
            "\1\u01d6",
            "",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u01d7\7\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01da",
            "",
            "",
            "",
            "\1\u01db",
            "\1\u01dc",
            "\1\u01dd",
            "\1\u01de",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "",
            "\1\u01e0",
            "\1\u01e1",
            "\1\u01e3\3\uffff\1\u01e2",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01e6",
            "\1\u01e7",
            "\1\u01e8",
            "\1\u01e9",
            "\1\u01ea",
            "\1\u01eb",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\21\72\1\u01ee\10\72",
            "\1\u01ef",
            "\1\u01f0",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u01f2",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01f6",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01f8",
            "\1\u01f9",
            "\1\u01fa",
            "\1\u01fb",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01fe",
            "",
            "\1\u01ff",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u0201",
            "\1\u0202",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\u0204",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0208",
            "\1\u0209",
            "\1\u020a",
            "\1\u020b",
            "",
            "\1\u020c",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u020f",
            "",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0211",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0213",
            "\1\u0214",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\u0216",
            "\1\u0217",
            "\1\u0218",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u021e",
            "",
            "",
            "\1\u021f",
            "\1\u0220",
            "",
            "\1\u0221",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u0223",
            "",
            "",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0225",
            "\1\u0226",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0228",
            "",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u022a",
            "",
            "\1\u022b",
            "\1\u022c",
            "",
            "\1\u022d",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u022f",
            "",
            "",
            "",
            "",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u0234",
            "",
            "\1\u0235",
            "\1\u0236",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u023a",
            "\1\u023b",
            "",
            "\1\u023c",
            "",
            "",
            "",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "",
            "\1\u0240",
            "\1\u0241",
            "\1\u0242",
            "",
            "",
            "",
            "\1\u0243",
            "\1\u0244",
            "\1\u0245",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0248",
            "",
            "",
            "\1\72\2\uffff\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            ""
    };

    static final short[] DFA14_eot = DFA.unpackEncodedString(DFA14_eotS);
    static final short[] DFA14_eof = DFA.unpackEncodedString(DFA14_eofS);
    static final char[] DFA14_min = DFA.unpackEncodedStringToUnsignedChars(DFA14_minS);
    static final char[] DFA14_max = DFA.unpackEncodedStringToUnsignedChars(DFA14_maxS);
    static final short[] DFA14_accept = DFA.unpackEncodedString(DFA14_acceptS);
    static final short[] DFA14_special = DFA.unpackEncodedString(DFA14_specialS);
    static final short[][] DFA14_transition;

    static {
        int numStates = DFA14_transitionS.length;
        DFA14_transition = new short[numStates][];
        for (int i=0; i<numStates; i++) {
            DFA14_transition[i] = DFA.unpackEncodedString(DFA14_transitionS[i]);
        }
    }

    class DFA14 extends DFA {

        public DFA14(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 14;
            this.eot = DFA14_eot;
            this.eof = DFA14_eof;
            this.min = DFA14_min;
            this.max = DFA14_max;
            this.accept = DFA14_accept;
            this.special = DFA14_special;
            this.transition = DFA14_transition;
        }
        public String getDescription() {
            return "1:1: Tokens : ( T__11 | T__12 | T__13 | T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | T__89 | T__90 | T__91 | T__92 | T__93 | T__94 | T__95 | T__96 | T__97 | T__98 | T__99 | T__100 | T__101 | T__102 | T__103 | T__104 | T__105 | T__106 | T__107 | T__108 | T__109 | T__110 | T__111 | T__112 | T__113 | T__114 | T__115 | T__116 | T__117 | T__118 | T__119 | T__120 | T__121 | T__122 | T__123 | T__124 | T__125 | T__126 | T__127 | T__128 | T__129 | T__130 | T__131 | T__132 | T__133 | T__134 | T__135 | T__136 | T__137 | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER );";
        }
        public int specialStateTransition(int s, IntStream _input) throws NoViableAltException {
            IntStream input = _input;
        	int _s = s;
            switch ( s ) {
                    case 0 : 
                        int LA14_0 = input.LA(1);

                        s = -1;
                        if ( (LA14_0=='s') ) {s = 1;}

                        else if ( (LA14_0=='m') ) {s = 2;}

                        else if ( (LA14_0=='c') ) {s = 3;}

                        else if ( (LA14_0=='<') ) {s = 4;}

                        else if ( (LA14_0=='>') ) {s = 5;}

                        else if ( (LA14_0=='!') ) {s = 6;}

                        else if ( (LA14_0=='[') ) {s = 7;}

                        else if ( (LA14_0==']') ) {s = 8;}

                        else if ( (LA14_0=='=') ) {s = 9;}

                        else if ( (LA14_0=='+') ) {s = 10;}

                        else if ( (LA14_0=='-') ) {s = 11;}

                        else if ( (LA14_0=='*') ) {s = 12;}

                        else if ( (LA14_0=='/') ) {s = 13;}

                        else if ( (LA14_0=='f') ) {s = 14;}

                        else if ( (LA14_0=='t') ) {s = 15;}

                        else if ( (LA14_0=='a') ) {s = 16;}

                        else if ( (LA14_0=='r') ) {s = 17;}

                        else if ( (LA14_0=='l') ) {s = 18;}

                        else if ( (LA14_0=='u') ) {s = 19;}

                        else if ( (LA14_0=='h') ) {s = 20;}

                        else if ( (LA14_0=='d') ) {s = 21;}

                        else if ( (LA14_0=='w') ) {s = 22;}

                        else if ( (LA14_0=='y') ) {s = 23;}

                        else if ( (LA14_0=='n') ) {s = 24;}

                        else if ( (LA14_0=='b') ) {s = 25;}

                        else if ( (LA14_0=='p') ) {s = 26;}

                        else if ( (LA14_0=='v') ) {s = 27;}

                        else if ( (LA14_0=='e') ) {s = 28;}

                        else if ( (LA14_0=='U') ) {s = 29;}

                        else if ( (LA14_0=='F') ) {s = 30;}

                        else if ( (LA14_0=='P') ) {s = 31;}

                        else if ( (LA14_0=='A') ) {s = 32;}

                        else if ( (LA14_0=='C') ) {s = 33;}

                        else if ( (LA14_0=='i') ) {s = 34;}

                        else if ( (LA14_0=='g') ) {s = 35;}

                        else if ( (LA14_0==':') ) {s = 36;}

                        else if ( (LA14_0=='o') ) {s = 37;}

                        else if ( (LA14_0=='(') ) {s = 38;}

                        else if ( (LA14_0==')') ) {s = 39;}

                        else if ( (LA14_0==',') ) {s = 40;}

                        else if ( (LA14_0=='|') ) {s = 41;}

                        else if ( (LA14_0=='.') ) {s = 42;}

                        else if ( (LA14_0=='k') ) {s = 43;}

                        else if ( (LA14_0=='%') ) {s = 44;}

                        else if ( (LA14_0=='{') ) {s = 45;}

                        else if ( (LA14_0=='}') ) {s = 46;}

                        else if ( (LA14_0=='^') ) {s = 47;}

                        else if ( (LA14_0=='B'||(LA14_0>='D' && LA14_0<='E')||(LA14_0>='G' && LA14_0<='O')||(LA14_0>='Q' && LA14_0<='T')||(LA14_0>='V' && LA14_0<='Z')||LA14_0=='_'||LA14_0=='j'||LA14_0=='q'||LA14_0=='x'||LA14_0=='z') ) {s = 48;}

                        else if ( ((LA14_0>='0' && LA14_0<='9')) ) {s = 49;}

                        else if ( (LA14_0=='\"') ) {s = 50;}

                        else if ( (LA14_0=='\'') ) {s = 51;}

                        else if ( ((LA14_0>='\t' && LA14_0<='\n')||LA14_0=='\r'||LA14_0==' ') ) {s = 52;}

                        else if ( ((LA14_0>='\u0000' && LA14_0<='\b')||(LA14_0>='\u000B' && LA14_0<='\f')||(LA14_0>='\u000E' && LA14_0<='\u001F')||(LA14_0>='#' && LA14_0<='$')||LA14_0=='&'||LA14_0==';'||(LA14_0>='?' && LA14_0<='@')||LA14_0=='\\'||LA14_0=='`'||(LA14_0>='~' && LA14_0<='\uFFFF')) ) {s = 53;}

                        if ( s>=0 ) return s;
                        break;
                    case 1 : 
                        int LA14_50 = input.LA(1);

                        s = -1;
                        if ( ((LA14_50>='\u0000' && LA14_50<='\uFFFF')) ) {s = 153;}

                        else s = 53;

                        if ( s>=0 ) return s;
                        break;
                    case 2 : 
                        int LA14_51 = input.LA(1);

                        s = -1;
                        if ( ((LA14_51>='\u0000' && LA14_51<='\uFFFF')) ) {s = 153;}

                        else s = 53;

                        if ( s>=0 ) return s;
                        break;
            }
            NoViableAltException nvae =
                new NoViableAltException(getDescription(), 14, _s, input);
            error(nvae);
            throw nvae;
        }
    }
 

}