package io.processware.rules.parser.antlr.internal;

import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.parser.antlr.AntlrDatatypeRuleToken;
import io.processware.rules.services.RulesGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalRulesParser extends AbstractInternalAntlrParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_ID", "RULE_INT", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'ruleset'", "'import'", "'given'", "':'", "'computed'", "'='", "'list'", "'of'", "'rule'", "'for'", "'priority'", "'when'", "'then'", "'set'", "'reject'", "'require'", "'approval'", "'by'", "'ask'", "'notify'", "'constraint'", "'otherwise'", "'table'", "'hit'", "'sum'", "'min'", "'max'", "'count'", "'input'", "'output'", "'('", "','", "')'", "'row'", "'|'", "'=>'", "'-'", "'not'", "'<'", "'<='", "'>'", "'>='", "'!='", "']'", "'['", "'..'", "'approve'", "'sla'", "'within'", "'warn'", "'after'", "'escalate'", "'to'", "'policy'", "'retention'", "'keep'", "'residency'", "'in'", "'access'", "'may'", "'on'", "'budget'", "'monthly'", "'alert'", "'at'", "'%'", "'variable'", "'prompt'", "'using'", "'confidence'", "'returns'", "'{'", "'}'", "'or'", "'and'", "'between'", "'+'", "'*'", "'/'", "'.'", "'true'", "'false'", "'date'", "'today'", "'avg'", "'contains'", "'abs'", "'round'", "'length'", "'lower'", "'upper'", "'minute'", "'minutes'", "'hour'", "'hours'", "'day'", "'days'", "'week'", "'weeks'", "'month'", "'months'", "'year'", "'years'", "'number'", "'money'", "'text'", "'boolean'", "'duration'", "'deterministic'", "'partial'", "'error'", "'warning'", "'UNIQUE'", "'FIRST'", "'PRIORITY'", "'ANY'", "'COLLECT'", "'delete'", "'anonymise'", "'archive'", "'read'", "'create'", "'update'", "'start'", "'perform'", "'human-review'", "'rule-default'"
    };
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
    public static final int RULE_INT=6;
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
    public static final int RULE_STRING=4;
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


        public InternalRulesParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalRulesParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalRulesParser.tokenNames; }
    public String getGrammarFileName() { return "InternalRules.g"; }



     	private RulesGrammarAccess grammarAccess;

        public InternalRulesParser(TokenStream input, RulesGrammarAccess grammarAccess) {
            this(input);
            this.grammarAccess = grammarAccess;
            registerRules(grammarAccess.getGrammar());
        }

        @Override
        protected String getFirstRuleName() {
        	return "RuleFile";
       	}

       	@Override
       	protected RulesGrammarAccess getGrammarAccess() {
       		return grammarAccess;
       	}




    // $ANTLR start "entryRuleRuleFile"
    // InternalRules.g:65:1: entryRuleRuleFile returns [EObject current=null] : iv_ruleRuleFile= ruleRuleFile EOF ;
    public final EObject entryRuleRuleFile() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRuleFile = null;


        try {
            // InternalRules.g:65:49: (iv_ruleRuleFile= ruleRuleFile EOF )
            // InternalRules.g:66:2: iv_ruleRuleFile= ruleRuleFile EOF
            {
             newCompositeNode(grammarAccess.getRuleFileRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRuleFile=ruleRuleFile();

            state._fsp--;

             current =iv_ruleRuleFile; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleRuleFile"


    // $ANTLR start "ruleRuleFile"
    // InternalRules.g:72:1: ruleRuleFile returns [EObject current=null] : ( (otherlv_0= 'ruleset' ( ( ruleQualifiedName ) ) )? ( (lv_imports_2_0= ruleImport ) )* ( (lv_declarations_3_0= ruleDeclaration ) )* ) ;
    public final EObject ruleRuleFile() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        EObject lv_imports_2_0 = null;

        EObject lv_declarations_3_0 = null;



        	enterRule();

        try {
            // InternalRules.g:78:2: ( ( (otherlv_0= 'ruleset' ( ( ruleQualifiedName ) ) )? ( (lv_imports_2_0= ruleImport ) )* ( (lv_declarations_3_0= ruleDeclaration ) )* ) )
            // InternalRules.g:79:2: ( (otherlv_0= 'ruleset' ( ( ruleQualifiedName ) ) )? ( (lv_imports_2_0= ruleImport ) )* ( (lv_declarations_3_0= ruleDeclaration ) )* )
            {
            // InternalRules.g:79:2: ( (otherlv_0= 'ruleset' ( ( ruleQualifiedName ) ) )? ( (lv_imports_2_0= ruleImport ) )* ( (lv_declarations_3_0= ruleDeclaration ) )* )
            // InternalRules.g:80:3: (otherlv_0= 'ruleset' ( ( ruleQualifiedName ) ) )? ( (lv_imports_2_0= ruleImport ) )* ( (lv_declarations_3_0= ruleDeclaration ) )*
            {
            // InternalRules.g:80:3: (otherlv_0= 'ruleset' ( ( ruleQualifiedName ) ) )?
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0==11) ) {
                alt1=1;
            }
            switch (alt1) {
                case 1 :
                    // InternalRules.g:81:4: otherlv_0= 'ruleset' ( ( ruleQualifiedName ) )
                    {
                    otherlv_0=(Token)match(input,11,FOLLOW_3); 

                    				newLeafNode(otherlv_0, grammarAccess.getRuleFileAccess().getRulesetKeyword_0_0());
                    			
                    // InternalRules.g:85:4: ( ( ruleQualifiedName ) )
                    // InternalRules.g:86:5: ( ruleQualifiedName )
                    {
                    // InternalRules.g:86:5: ( ruleQualifiedName )
                    // InternalRules.g:87:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getRuleFileRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getRuleFileAccess().getRuleSetRuleSetCrossReference_0_1_0());
                    					
                    pushFollow(FOLLOW_4);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalRules.g:102:3: ( (lv_imports_2_0= ruleImport ) )*
            loop2:
            do {
                int alt2=2;
                int LA2_0 = input.LA(1);

                if ( (LA2_0==12) ) {
                    alt2=1;
                }


                switch (alt2) {
            	case 1 :
            	    // InternalRules.g:103:4: (lv_imports_2_0= ruleImport )
            	    {
            	    // InternalRules.g:103:4: (lv_imports_2_0= ruleImport )
            	    // InternalRules.g:104:5: lv_imports_2_0= ruleImport
            	    {

            	    					newCompositeNode(grammarAccess.getRuleFileAccess().getImportsImportParserRuleCall_1_0());
            	    				
            	    pushFollow(FOLLOW_4);
            	    lv_imports_2_0=ruleImport();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getRuleFileRule());
            	    					}
            	    					add(
            	    						current,
            	    						"imports",
            	    						lv_imports_2_0,
            	    						"io.processware.rules.Rules.Import");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop2;
                }
            } while (true);

            // InternalRules.g:121:3: ( (lv_declarations_3_0= ruleDeclaration ) )*
            loop3:
            do {
                int alt3=2;
                int LA3_0 = input.LA(1);

                if ( (LA3_0==13||LA3_0==15||LA3_0==19||LA3_0==27||LA3_0==31||LA3_0==33||LA3_0==58||LA3_0==64||LA3_0==77) ) {
                    alt3=1;
                }


                switch (alt3) {
            	case 1 :
            	    // InternalRules.g:122:4: (lv_declarations_3_0= ruleDeclaration )
            	    {
            	    // InternalRules.g:122:4: (lv_declarations_3_0= ruleDeclaration )
            	    // InternalRules.g:123:5: lv_declarations_3_0= ruleDeclaration
            	    {

            	    					newCompositeNode(grammarAccess.getRuleFileAccess().getDeclarationsDeclarationParserRuleCall_2_0());
            	    				
            	    pushFollow(FOLLOW_5);
            	    lv_declarations_3_0=ruleDeclaration();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getRuleFileRule());
            	    					}
            	    					add(
            	    						current,
            	    						"declarations",
            	    						lv_declarations_3_0,
            	    						"io.processware.rules.Rules.Declaration");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop3;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRuleFile"


    // $ANTLR start "entryRuleImport"
    // InternalRules.g:144:1: entryRuleImport returns [EObject current=null] : iv_ruleImport= ruleImport EOF ;
    public final EObject entryRuleImport() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImport = null;


        try {
            // InternalRules.g:144:47: (iv_ruleImport= ruleImport EOF )
            // InternalRules.g:145:2: iv_ruleImport= ruleImport EOF
            {
             newCompositeNode(grammarAccess.getImportRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleImport=ruleImport();

            state._fsp--;

             current =iv_ruleImport; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleImport"


    // $ANTLR start "ruleImport"
    // InternalRules.g:151:1: ruleImport returns [EObject current=null] : (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) ) ;
    public final EObject ruleImport() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_importURI_1_0=null;


        	enterRule();

        try {
            // InternalRules.g:157:2: ( (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) ) )
            // InternalRules.g:158:2: (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) )
            {
            // InternalRules.g:158:2: (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) )
            // InternalRules.g:159:3: otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,12,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getImportAccess().getImportKeyword_0());
            		
            // InternalRules.g:163:3: ( (lv_importURI_1_0= RULE_STRING ) )
            // InternalRules.g:164:4: (lv_importURI_1_0= RULE_STRING )
            {
            // InternalRules.g:164:4: (lv_importURI_1_0= RULE_STRING )
            // InternalRules.g:165:5: lv_importURI_1_0= RULE_STRING
            {
            lv_importURI_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_importURI_1_0, grammarAccess.getImportAccess().getImportURISTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getImportRule());
            					}
            					setWithLastConsumed(
            						current,
            						"importURI",
            						lv_importURI_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleImport"


    // $ANTLR start "entryRuleDeclaration"
    // InternalRules.g:185:1: entryRuleDeclaration returns [EObject current=null] : iv_ruleDeclaration= ruleDeclaration EOF ;
    public final EObject entryRuleDeclaration() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDeclaration = null;


        try {
            // InternalRules.g:185:52: (iv_ruleDeclaration= ruleDeclaration EOF )
            // InternalRules.g:186:2: iv_ruleDeclaration= ruleDeclaration EOF
            {
             newCompositeNode(grammarAccess.getDeclarationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDeclaration=ruleDeclaration();

            state._fsp--;

             current =iv_ruleDeclaration; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDeclaration"


    // $ANTLR start "ruleDeclaration"
    // InternalRules.g:192:1: ruleDeclaration returns [EObject current=null] : (this_Fact_0= ruleFact | this_Computed_1= ruleComputed | this_Rule_2= ruleRule | this_Constraint_3= ruleConstraint | this_DecisionTable_4= ruleDecisionTable | this_Approval_5= ruleApproval | this_Sla_6= ruleSla | this_Policy_7= rulePolicy | this_LlmSlot_8= ruleLlmSlot ) ;
    public final EObject ruleDeclaration() throws RecognitionException {
        EObject current = null;

        EObject this_Fact_0 = null;

        EObject this_Computed_1 = null;

        EObject this_Rule_2 = null;

        EObject this_Constraint_3 = null;

        EObject this_DecisionTable_4 = null;

        EObject this_Approval_5 = null;

        EObject this_Sla_6 = null;

        EObject this_Policy_7 = null;

        EObject this_LlmSlot_8 = null;



        	enterRule();

        try {
            // InternalRules.g:198:2: ( (this_Fact_0= ruleFact | this_Computed_1= ruleComputed | this_Rule_2= ruleRule | this_Constraint_3= ruleConstraint | this_DecisionTable_4= ruleDecisionTable | this_Approval_5= ruleApproval | this_Sla_6= ruleSla | this_Policy_7= rulePolicy | this_LlmSlot_8= ruleLlmSlot ) )
            // InternalRules.g:199:2: (this_Fact_0= ruleFact | this_Computed_1= ruleComputed | this_Rule_2= ruleRule | this_Constraint_3= ruleConstraint | this_DecisionTable_4= ruleDecisionTable | this_Approval_5= ruleApproval | this_Sla_6= ruleSla | this_Policy_7= rulePolicy | this_LlmSlot_8= ruleLlmSlot )
            {
            // InternalRules.g:199:2: (this_Fact_0= ruleFact | this_Computed_1= ruleComputed | this_Rule_2= ruleRule | this_Constraint_3= ruleConstraint | this_DecisionTable_4= ruleDecisionTable | this_Approval_5= ruleApproval | this_Sla_6= ruleSla | this_Policy_7= rulePolicy | this_LlmSlot_8= ruleLlmSlot )
            int alt4=9;
            switch ( input.LA(1) ) {
            case 13:
                {
                alt4=1;
                }
                break;
            case 15:
                {
                alt4=2;
                }
                break;
            case 19:
                {
                alt4=3;
                }
                break;
            case 31:
                {
                alt4=4;
                }
                break;
            case 33:
                {
                alt4=5;
                }
                break;
            case 27:
                {
                alt4=6;
                }
                break;
            case 58:
                {
                alt4=7;
                }
                break;
            case 64:
                {
                alt4=8;
                }
                break;
            case 77:
                {
                alt4=9;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 4, 0, input);

                throw nvae;
            }

            switch (alt4) {
                case 1 :
                    // InternalRules.g:200:3: this_Fact_0= ruleFact
                    {

                    			newCompositeNode(grammarAccess.getDeclarationAccess().getFactParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_Fact_0=ruleFact();

                    state._fsp--;


                    			current = this_Fact_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalRules.g:209:3: this_Computed_1= ruleComputed
                    {

                    			newCompositeNode(grammarAccess.getDeclarationAccess().getComputedParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_Computed_1=ruleComputed();

                    state._fsp--;


                    			current = this_Computed_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalRules.g:218:3: this_Rule_2= ruleRule
                    {

                    			newCompositeNode(grammarAccess.getDeclarationAccess().getRuleParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_Rule_2=ruleRule();

                    state._fsp--;


                    			current = this_Rule_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 4 :
                    // InternalRules.g:227:3: this_Constraint_3= ruleConstraint
                    {

                    			newCompositeNode(grammarAccess.getDeclarationAccess().getConstraintParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_Constraint_3=ruleConstraint();

                    state._fsp--;


                    			current = this_Constraint_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 5 :
                    // InternalRules.g:236:3: this_DecisionTable_4= ruleDecisionTable
                    {

                    			newCompositeNode(grammarAccess.getDeclarationAccess().getDecisionTableParserRuleCall_4());
                    		
                    pushFollow(FOLLOW_2);
                    this_DecisionTable_4=ruleDecisionTable();

                    state._fsp--;


                    			current = this_DecisionTable_4;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 6 :
                    // InternalRules.g:245:3: this_Approval_5= ruleApproval
                    {

                    			newCompositeNode(grammarAccess.getDeclarationAccess().getApprovalParserRuleCall_5());
                    		
                    pushFollow(FOLLOW_2);
                    this_Approval_5=ruleApproval();

                    state._fsp--;


                    			current = this_Approval_5;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 7 :
                    // InternalRules.g:254:3: this_Sla_6= ruleSla
                    {

                    			newCompositeNode(grammarAccess.getDeclarationAccess().getSlaParserRuleCall_6());
                    		
                    pushFollow(FOLLOW_2);
                    this_Sla_6=ruleSla();

                    state._fsp--;


                    			current = this_Sla_6;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 8 :
                    // InternalRules.g:263:3: this_Policy_7= rulePolicy
                    {

                    			newCompositeNode(grammarAccess.getDeclarationAccess().getPolicyParserRuleCall_7());
                    		
                    pushFollow(FOLLOW_2);
                    this_Policy_7=rulePolicy();

                    state._fsp--;


                    			current = this_Policy_7;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 9 :
                    // InternalRules.g:272:3: this_LlmSlot_8= ruleLlmSlot
                    {

                    			newCompositeNode(grammarAccess.getDeclarationAccess().getLlmSlotParserRuleCall_8());
                    		
                    pushFollow(FOLLOW_2);
                    this_LlmSlot_8=ruleLlmSlot();

                    state._fsp--;


                    			current = this_LlmSlot_8;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDeclaration"


    // $ANTLR start "entryRuleFact"
    // InternalRules.g:284:1: entryRuleFact returns [EObject current=null] : iv_ruleFact= ruleFact EOF ;
    public final EObject entryRuleFact() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFact = null;


        try {
            // InternalRules.g:284:45: (iv_ruleFact= ruleFact EOF )
            // InternalRules.g:285:2: iv_ruleFact= ruleFact EOF
            {
             newCompositeNode(grammarAccess.getFactRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFact=ruleFact();

            state._fsp--;

             current =iv_ruleFact; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleFact"


    // $ANTLR start "ruleFact"
    // InternalRules.g:291:1: ruleFact returns [EObject current=null] : (otherlv_0= 'given' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) ) ;
    public final EObject ruleFact() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        EObject lv_type_3_0 = null;



        	enterRule();

        try {
            // InternalRules.g:297:2: ( (otherlv_0= 'given' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) ) )
            // InternalRules.g:298:2: (otherlv_0= 'given' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) )
            {
            // InternalRules.g:298:2: (otherlv_0= 'given' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) )
            // InternalRules.g:299:3: otherlv_0= 'given' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( (lv_type_3_0= ruleType ) )
            {
            otherlv_0=(Token)match(input,13,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getFactAccess().getGivenKeyword_0());
            		
            // InternalRules.g:303:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalRules.g:304:4: (lv_name_1_0= RULE_ID )
            {
            // InternalRules.g:304:4: (lv_name_1_0= RULE_ID )
            // InternalRules.g:305:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_7); 

            					newLeafNode(lv_name_1_0, grammarAccess.getFactAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getFactRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"io.processware.rules.Rules.ID");
            				

            }


            }

            otherlv_2=(Token)match(input,14,FOLLOW_8); 

            			newLeafNode(otherlv_2, grammarAccess.getFactAccess().getColonKeyword_2());
            		
            // InternalRules.g:325:3: ( (lv_type_3_0= ruleType ) )
            // InternalRules.g:326:4: (lv_type_3_0= ruleType )
            {
            // InternalRules.g:326:4: (lv_type_3_0= ruleType )
            // InternalRules.g:327:5: lv_type_3_0= ruleType
            {

            					newCompositeNode(grammarAccess.getFactAccess().getTypeTypeParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_2);
            lv_type_3_0=ruleType();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getFactRule());
            					}
            					set(
            						current,
            						"type",
            						lv_type_3_0,
            						"io.processware.rules.Rules.Type");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleFact"


    // $ANTLR start "entryRuleComputed"
    // InternalRules.g:348:1: entryRuleComputed returns [EObject current=null] : iv_ruleComputed= ruleComputed EOF ;
    public final EObject entryRuleComputed() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleComputed = null;


        try {
            // InternalRules.g:348:49: (iv_ruleComputed= ruleComputed EOF )
            // InternalRules.g:349:2: iv_ruleComputed= ruleComputed EOF
            {
             newCompositeNode(grammarAccess.getComputedRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleComputed=ruleComputed();

            state._fsp--;

             current =iv_ruleComputed; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleComputed"


    // $ANTLR start "ruleComputed"
    // InternalRules.g:355:1: ruleComputed returns [EObject current=null] : (otherlv_0= 'computed' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) )? otherlv_4= '=' ( (lv_value_5_0= ruleExpression ) ) ) ;
    public final EObject ruleComputed() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        EObject lv_type_3_0 = null;

        EObject lv_value_5_0 = null;



        	enterRule();

        try {
            // InternalRules.g:361:2: ( (otherlv_0= 'computed' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) )? otherlv_4= '=' ( (lv_value_5_0= ruleExpression ) ) ) )
            // InternalRules.g:362:2: (otherlv_0= 'computed' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) )? otherlv_4= '=' ( (lv_value_5_0= ruleExpression ) ) )
            {
            // InternalRules.g:362:2: (otherlv_0= 'computed' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) )? otherlv_4= '=' ( (lv_value_5_0= ruleExpression ) ) )
            // InternalRules.g:363:3: otherlv_0= 'computed' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) )? otherlv_4= '=' ( (lv_value_5_0= ruleExpression ) )
            {
            otherlv_0=(Token)match(input,15,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getComputedAccess().getComputedKeyword_0());
            		
            // InternalRules.g:367:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalRules.g:368:4: (lv_name_1_0= RULE_ID )
            {
            // InternalRules.g:368:4: (lv_name_1_0= RULE_ID )
            // InternalRules.g:369:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_9); 

            					newLeafNode(lv_name_1_0, grammarAccess.getComputedAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getComputedRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"io.processware.rules.Rules.ID");
            				

            }


            }

            // InternalRules.g:385:3: (otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) )?
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==14) ) {
                alt5=1;
            }
            switch (alt5) {
                case 1 :
                    // InternalRules.g:386:4: otherlv_2= ':' ( (lv_type_3_0= ruleType ) )
                    {
                    otherlv_2=(Token)match(input,14,FOLLOW_8); 

                    				newLeafNode(otherlv_2, grammarAccess.getComputedAccess().getColonKeyword_2_0());
                    			
                    // InternalRules.g:390:4: ( (lv_type_3_0= ruleType ) )
                    // InternalRules.g:391:5: (lv_type_3_0= ruleType )
                    {
                    // InternalRules.g:391:5: (lv_type_3_0= ruleType )
                    // InternalRules.g:392:6: lv_type_3_0= ruleType
                    {

                    						newCompositeNode(grammarAccess.getComputedAccess().getTypeTypeParserRuleCall_2_1_0());
                    					
                    pushFollow(FOLLOW_10);
                    lv_type_3_0=ruleType();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getComputedRule());
                    						}
                    						set(
                    							current,
                    							"type",
                    							lv_type_3_0,
                    							"io.processware.rules.Rules.Type");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            otherlv_4=(Token)match(input,16,FOLLOW_11); 

            			newLeafNode(otherlv_4, grammarAccess.getComputedAccess().getEqualsSignKeyword_3());
            		
            // InternalRules.g:414:3: ( (lv_value_5_0= ruleExpression ) )
            // InternalRules.g:415:4: (lv_value_5_0= ruleExpression )
            {
            // InternalRules.g:415:4: (lv_value_5_0= ruleExpression )
            // InternalRules.g:416:5: lv_value_5_0= ruleExpression
            {

            					newCompositeNode(grammarAccess.getComputedAccess().getValueExpressionParserRuleCall_4_0());
            				
            pushFollow(FOLLOW_2);
            lv_value_5_0=ruleExpression();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getComputedRule());
            					}
            					set(
            						current,
            						"value",
            						lv_value_5_0,
            						"io.processware.rules.Rules.Expression");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleComputed"


    // $ANTLR start "entryRuleType"
    // InternalRules.g:437:1: entryRuleType returns [EObject current=null] : iv_ruleType= ruleType EOF ;
    public final EObject entryRuleType() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleType = null;


        try {
            // InternalRules.g:437:45: (iv_ruleType= ruleType EOF )
            // InternalRules.g:438:2: iv_ruleType= ruleType EOF
            {
             newCompositeNode(grammarAccess.getTypeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleType=ruleType();

            state._fsp--;

             current =iv_ruleType; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleType"


    // $ANTLR start "ruleType"
    // InternalRules.g:444:1: ruleType returns [EObject current=null] : ( ( () ( (lv_kind_1_0= rulePrimitiveKind ) ) ( (lv_currency_2_0= RULE_ID ) )? ) | ( () otherlv_4= 'list' otherlv_5= 'of' ( (lv_element_6_0= ruleType ) ) ) | ( () ( ( ruleQualifiedName ) ) ) ) ;
    public final EObject ruleType() throws RecognitionException {
        EObject current = null;

        Token lv_currency_2_0=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Enumerator lv_kind_1_0 = null;

        EObject lv_element_6_0 = null;



        	enterRule();

        try {
            // InternalRules.g:450:2: ( ( ( () ( (lv_kind_1_0= rulePrimitiveKind ) ) ( (lv_currency_2_0= RULE_ID ) )? ) | ( () otherlv_4= 'list' otherlv_5= 'of' ( (lv_element_6_0= ruleType ) ) ) | ( () ( ( ruleQualifiedName ) ) ) ) )
            // InternalRules.g:451:2: ( ( () ( (lv_kind_1_0= rulePrimitiveKind ) ) ( (lv_currency_2_0= RULE_ID ) )? ) | ( () otherlv_4= 'list' otherlv_5= 'of' ( (lv_element_6_0= ruleType ) ) ) | ( () ( ( ruleQualifiedName ) ) ) )
            {
            // InternalRules.g:451:2: ( ( () ( (lv_kind_1_0= rulePrimitiveKind ) ) ( (lv_currency_2_0= RULE_ID ) )? ) | ( () otherlv_4= 'list' otherlv_5= 'of' ( (lv_element_6_0= ruleType ) ) ) | ( () ( ( ruleQualifiedName ) ) ) )
            int alt7=3;
            switch ( input.LA(1) ) {
            case 93:
            case 114:
            case 115:
            case 116:
            case 117:
            case 118:
                {
                alt7=1;
                }
                break;
            case 17:
                {
                alt7=2;
                }
                break;
            case RULE_ID:
                {
                alt7=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 7, 0, input);

                throw nvae;
            }

            switch (alt7) {
                case 1 :
                    // InternalRules.g:452:3: ( () ( (lv_kind_1_0= rulePrimitiveKind ) ) ( (lv_currency_2_0= RULE_ID ) )? )
                    {
                    // InternalRules.g:452:3: ( () ( (lv_kind_1_0= rulePrimitiveKind ) ) ( (lv_currency_2_0= RULE_ID ) )? )
                    // InternalRules.g:453:4: () ( (lv_kind_1_0= rulePrimitiveKind ) ) ( (lv_currency_2_0= RULE_ID ) )?
                    {
                    // InternalRules.g:453:4: ()
                    // InternalRules.g:454:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getTypeAccess().getPrimitiveTypeAction_0_0(),
                    						current);
                    				

                    }

                    // InternalRules.g:460:4: ( (lv_kind_1_0= rulePrimitiveKind ) )
                    // InternalRules.g:461:5: (lv_kind_1_0= rulePrimitiveKind )
                    {
                    // InternalRules.g:461:5: (lv_kind_1_0= rulePrimitiveKind )
                    // InternalRules.g:462:6: lv_kind_1_0= rulePrimitiveKind
                    {

                    						newCompositeNode(grammarAccess.getTypeAccess().getKindPrimitiveKindEnumRuleCall_0_1_0());
                    					
                    pushFollow(FOLLOW_12);
                    lv_kind_1_0=rulePrimitiveKind();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getTypeRule());
                    						}
                    						set(
                    							current,
                    							"kind",
                    							lv_kind_1_0,
                    							"io.processware.rules.Rules.PrimitiveKind");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalRules.g:479:4: ( (lv_currency_2_0= RULE_ID ) )?
                    int alt6=2;
                    int LA6_0 = input.LA(1);

                    if ( (LA6_0==RULE_ID) ) {
                        int LA6_1 = input.LA(2);

                        if ( (LA6_1==EOF||LA6_1==RULE_ID||LA6_1==13||(LA6_1>=15 && LA6_1<=16)||LA6_1==19||LA6_1==21||LA6_1==27||LA6_1==31||LA6_1==33||LA6_1==40||LA6_1==44||LA6_1==58||LA6_1==64||LA6_1==77||LA6_1==83) ) {
                            alt6=1;
                        }
                    }
                    switch (alt6) {
                        case 1 :
                            // InternalRules.g:480:5: (lv_currency_2_0= RULE_ID )
                            {
                            // InternalRules.g:480:5: (lv_currency_2_0= RULE_ID )
                            // InternalRules.g:481:6: lv_currency_2_0= RULE_ID
                            {
                            lv_currency_2_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                            						newLeafNode(lv_currency_2_0, grammarAccess.getTypeAccess().getCurrencyIDTerminalRuleCall_0_2_0());
                            					

                            						if (current==null) {
                            							current = createModelElement(grammarAccess.getTypeRule());
                            						}
                            						setWithLastConsumed(
                            							current,
                            							"currency",
                            							lv_currency_2_0,
                            							"io.processware.rules.Rules.ID");
                            					

                            }


                            }
                            break;

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:499:3: ( () otherlv_4= 'list' otherlv_5= 'of' ( (lv_element_6_0= ruleType ) ) )
                    {
                    // InternalRules.g:499:3: ( () otherlv_4= 'list' otherlv_5= 'of' ( (lv_element_6_0= ruleType ) ) )
                    // InternalRules.g:500:4: () otherlv_4= 'list' otherlv_5= 'of' ( (lv_element_6_0= ruleType ) )
                    {
                    // InternalRules.g:500:4: ()
                    // InternalRules.g:501:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getTypeAccess().getListTypeAction_1_0(),
                    						current);
                    				

                    }

                    otherlv_4=(Token)match(input,17,FOLLOW_13); 

                    				newLeafNode(otherlv_4, grammarAccess.getTypeAccess().getListKeyword_1_1());
                    			
                    otherlv_5=(Token)match(input,18,FOLLOW_8); 

                    				newLeafNode(otherlv_5, grammarAccess.getTypeAccess().getOfKeyword_1_2());
                    			
                    // InternalRules.g:515:4: ( (lv_element_6_0= ruleType ) )
                    // InternalRules.g:516:5: (lv_element_6_0= ruleType )
                    {
                    // InternalRules.g:516:5: (lv_element_6_0= ruleType )
                    // InternalRules.g:517:6: lv_element_6_0= ruleType
                    {

                    						newCompositeNode(grammarAccess.getTypeAccess().getElementTypeParserRuleCall_1_3_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_element_6_0=ruleType();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getTypeRule());
                    						}
                    						set(
                    							current,
                    							"element",
                    							lv_element_6_0,
                    							"io.processware.rules.Rules.Type");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalRules.g:536:3: ( () ( ( ruleQualifiedName ) ) )
                    {
                    // InternalRules.g:536:3: ( () ( ( ruleQualifiedName ) ) )
                    // InternalRules.g:537:4: () ( ( ruleQualifiedName ) )
                    {
                    // InternalRules.g:537:4: ()
                    // InternalRules.g:538:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getTypeAccess().getModelTypeAction_2_0(),
                    						current);
                    				

                    }

                    // InternalRules.g:544:4: ( ( ruleQualifiedName ) )
                    // InternalRules.g:545:5: ( ruleQualifiedName )
                    {
                    // InternalRules.g:545:5: ( ruleQualifiedName )
                    // InternalRules.g:546:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTypeRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getTypeAccess().getElementNamedElementCrossReference_2_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleType"


    // $ANTLR start "entryRuleRule"
    // InternalRules.g:565:1: entryRuleRule returns [EObject current=null] : iv_ruleRule= ruleRule EOF ;
    public final EObject entryRuleRule() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRule = null;


        try {
            // InternalRules.g:565:45: (iv_ruleRule= ruleRule EOF )
            // InternalRules.g:566:2: iv_ruleRule= ruleRule EOF
            {
             newCompositeNode(grammarAccess.getRuleRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRule=ruleRule();

            state._fsp--;

             current =iv_ruleRule; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleRule"


    // $ANTLR start "ruleRule"
    // InternalRules.g:572:1: ruleRule returns [EObject current=null] : (otherlv_0= 'rule' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) (otherlv_4= 'priority' ( (lv_priority_5_0= RULE_INT ) ) )? ( (lv_determinism_6_0= ruleDeterminismMarker ) )? otherlv_7= 'when' ( (lv_condition_8_0= ruleExpression ) ) otherlv_9= 'then' ( (lv_actions_10_0= ruleAction ) )+ ) ;
    public final EObject ruleRule() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_priority_5_0=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Enumerator lv_determinism_6_0 = null;

        EObject lv_condition_8_0 = null;

        EObject lv_actions_10_0 = null;



        	enterRule();

        try {
            // InternalRules.g:578:2: ( (otherlv_0= 'rule' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) (otherlv_4= 'priority' ( (lv_priority_5_0= RULE_INT ) ) )? ( (lv_determinism_6_0= ruleDeterminismMarker ) )? otherlv_7= 'when' ( (lv_condition_8_0= ruleExpression ) ) otherlv_9= 'then' ( (lv_actions_10_0= ruleAction ) )+ ) )
            // InternalRules.g:579:2: (otherlv_0= 'rule' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) (otherlv_4= 'priority' ( (lv_priority_5_0= RULE_INT ) ) )? ( (lv_determinism_6_0= ruleDeterminismMarker ) )? otherlv_7= 'when' ( (lv_condition_8_0= ruleExpression ) ) otherlv_9= 'then' ( (lv_actions_10_0= ruleAction ) )+ )
            {
            // InternalRules.g:579:2: (otherlv_0= 'rule' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) (otherlv_4= 'priority' ( (lv_priority_5_0= RULE_INT ) ) )? ( (lv_determinism_6_0= ruleDeterminismMarker ) )? otherlv_7= 'when' ( (lv_condition_8_0= ruleExpression ) ) otherlv_9= 'then' ( (lv_actions_10_0= ruleAction ) )+ )
            // InternalRules.g:580:3: otherlv_0= 'rule' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) (otherlv_4= 'priority' ( (lv_priority_5_0= RULE_INT ) ) )? ( (lv_determinism_6_0= ruleDeterminismMarker ) )? otherlv_7= 'when' ( (lv_condition_8_0= ruleExpression ) ) otherlv_9= 'then' ( (lv_actions_10_0= ruleAction ) )+
            {
            otherlv_0=(Token)match(input,19,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getRuleAccess().getRuleKeyword_0());
            		
            // InternalRules.g:584:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalRules.g:585:4: (lv_name_1_0= RULE_ID )
            {
            // InternalRules.g:585:4: (lv_name_1_0= RULE_ID )
            // InternalRules.g:586:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_14); 

            					newLeafNode(lv_name_1_0, grammarAccess.getRuleAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getRuleRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"io.processware.rules.Rules.ID");
            				

            }


            }

            otherlv_2=(Token)match(input,20,FOLLOW_3); 

            			newLeafNode(otherlv_2, grammarAccess.getRuleAccess().getForKeyword_2());
            		
            // InternalRules.g:606:3: ( ( ruleQualifiedName ) )
            // InternalRules.g:607:4: ( ruleQualifiedName )
            {
            // InternalRules.g:607:4: ( ruleQualifiedName )
            // InternalRules.g:608:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getRuleRule());
            					}
            				

            					newCompositeNode(grammarAccess.getRuleAccess().getTaskTaskCrossReference_3_0());
            				
            pushFollow(FOLLOW_15);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalRules.g:622:3: (otherlv_4= 'priority' ( (lv_priority_5_0= RULE_INT ) ) )?
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==21) ) {
                alt8=1;
            }
            switch (alt8) {
                case 1 :
                    // InternalRules.g:623:4: otherlv_4= 'priority' ( (lv_priority_5_0= RULE_INT ) )
                    {
                    otherlv_4=(Token)match(input,21,FOLLOW_16); 

                    				newLeafNode(otherlv_4, grammarAccess.getRuleAccess().getPriorityKeyword_4_0());
                    			
                    // InternalRules.g:627:4: ( (lv_priority_5_0= RULE_INT ) )
                    // InternalRules.g:628:5: (lv_priority_5_0= RULE_INT )
                    {
                    // InternalRules.g:628:5: (lv_priority_5_0= RULE_INT )
                    // InternalRules.g:629:6: lv_priority_5_0= RULE_INT
                    {
                    lv_priority_5_0=(Token)match(input,RULE_INT,FOLLOW_17); 

                    						newLeafNode(lv_priority_5_0, grammarAccess.getRuleAccess().getPriorityINTTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getRuleRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"priority",
                    							lv_priority_5_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalRules.g:646:3: ( (lv_determinism_6_0= ruleDeterminismMarker ) )?
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0==77||(LA9_0>=119 && LA9_0<=120)) ) {
                alt9=1;
            }
            switch (alt9) {
                case 1 :
                    // InternalRules.g:647:4: (lv_determinism_6_0= ruleDeterminismMarker )
                    {
                    // InternalRules.g:647:4: (lv_determinism_6_0= ruleDeterminismMarker )
                    // InternalRules.g:648:5: lv_determinism_6_0= ruleDeterminismMarker
                    {

                    					newCompositeNode(grammarAccess.getRuleAccess().getDeterminismDeterminismMarkerEnumRuleCall_5_0());
                    				
                    pushFollow(FOLLOW_18);
                    lv_determinism_6_0=ruleDeterminismMarker();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getRuleRule());
                    					}
                    					set(
                    						current,
                    						"determinism",
                    						lv_determinism_6_0,
                    						"io.processware.rules.Rules.DeterminismMarker");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            otherlv_7=(Token)match(input,22,FOLLOW_11); 

            			newLeafNode(otherlv_7, grammarAccess.getRuleAccess().getWhenKeyword_6());
            		
            // InternalRules.g:669:3: ( (lv_condition_8_0= ruleExpression ) )
            // InternalRules.g:670:4: (lv_condition_8_0= ruleExpression )
            {
            // InternalRules.g:670:4: (lv_condition_8_0= ruleExpression )
            // InternalRules.g:671:5: lv_condition_8_0= ruleExpression
            {

            					newCompositeNode(grammarAccess.getRuleAccess().getConditionExpressionParserRuleCall_7_0());
            				
            pushFollow(FOLLOW_19);
            lv_condition_8_0=ruleExpression();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getRuleRule());
            					}
            					set(
            						current,
            						"condition",
            						lv_condition_8_0,
            						"io.processware.rules.Rules.Expression");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_9=(Token)match(input,23,FOLLOW_20); 

            			newLeafNode(otherlv_9, grammarAccess.getRuleAccess().getThenKeyword_8());
            		
            // InternalRules.g:692:3: ( (lv_actions_10_0= ruleAction ) )+
            int cnt10=0;
            loop10:
            do {
                int alt10=2;
                int LA10_0 = input.LA(1);

                if ( ((LA10_0>=24 && LA10_0<=26)||(LA10_0>=29 && LA10_0<=30)) ) {
                    alt10=1;
                }


                switch (alt10) {
            	case 1 :
            	    // InternalRules.g:693:4: (lv_actions_10_0= ruleAction )
            	    {
            	    // InternalRules.g:693:4: (lv_actions_10_0= ruleAction )
            	    // InternalRules.g:694:5: lv_actions_10_0= ruleAction
            	    {

            	    					newCompositeNode(grammarAccess.getRuleAccess().getActionsActionParserRuleCall_9_0());
            	    				
            	    pushFollow(FOLLOW_21);
            	    lv_actions_10_0=ruleAction();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getRuleRule());
            	    					}
            	    					add(
            	    						current,
            	    						"actions",
            	    						lv_actions_10_0,
            	    						"io.processware.rules.Rules.Action");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    if ( cnt10 >= 1 ) break loop10;
                        EarlyExitException eee =
                            new EarlyExitException(10, input);
                        throw eee;
                }
                cnt10++;
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRule"


    // $ANTLR start "entryRuleAction"
    // InternalRules.g:715:1: entryRuleAction returns [EObject current=null] : iv_ruleAction= ruleAction EOF ;
    public final EObject entryRuleAction() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAction = null;


        try {
            // InternalRules.g:715:47: (iv_ruleAction= ruleAction EOF )
            // InternalRules.g:716:2: iv_ruleAction= ruleAction EOF
            {
             newCompositeNode(grammarAccess.getActionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAction=ruleAction();

            state._fsp--;

             current =iv_ruleAction; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAction"


    // $ANTLR start "ruleAction"
    // InternalRules.g:722:1: ruleAction returns [EObject current=null] : ( ( () otherlv_1= 'set' ( (lv_target_2_0= rulePostfix ) ) otherlv_3= '=' ( (lv_value_4_0= ruleExpression ) ) ) | ( () otherlv_6= 'reject' ( (lv_errorCode_7_0= RULE_ID ) ) ( (lv_message_8_0= RULE_STRING ) ) ) | ( () otherlv_10= 'require' otherlv_11= 'approval' otherlv_12= 'by' ( ( ruleQualifiedName ) ) ) | ( () otherlv_15= 'ask' ( (otherlv_16= RULE_ID ) ) ) | ( () otherlv_18= 'notify' ( ( ruleQualifiedName ) ) ( (lv_message_20_0= RULE_STRING ) ) ) ) ;
    public final EObject ruleAction() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_6=null;
        Token lv_errorCode_7_0=null;
        Token lv_message_8_0=null;
        Token otherlv_10=null;
        Token otherlv_11=null;
        Token otherlv_12=null;
        Token otherlv_15=null;
        Token otherlv_16=null;
        Token otherlv_18=null;
        Token lv_message_20_0=null;
        EObject lv_target_2_0 = null;

        EObject lv_value_4_0 = null;



        	enterRule();

        try {
            // InternalRules.g:728:2: ( ( ( () otherlv_1= 'set' ( (lv_target_2_0= rulePostfix ) ) otherlv_3= '=' ( (lv_value_4_0= ruleExpression ) ) ) | ( () otherlv_6= 'reject' ( (lv_errorCode_7_0= RULE_ID ) ) ( (lv_message_8_0= RULE_STRING ) ) ) | ( () otherlv_10= 'require' otherlv_11= 'approval' otherlv_12= 'by' ( ( ruleQualifiedName ) ) ) | ( () otherlv_15= 'ask' ( (otherlv_16= RULE_ID ) ) ) | ( () otherlv_18= 'notify' ( ( ruleQualifiedName ) ) ( (lv_message_20_0= RULE_STRING ) ) ) ) )
            // InternalRules.g:729:2: ( ( () otherlv_1= 'set' ( (lv_target_2_0= rulePostfix ) ) otherlv_3= '=' ( (lv_value_4_0= ruleExpression ) ) ) | ( () otherlv_6= 'reject' ( (lv_errorCode_7_0= RULE_ID ) ) ( (lv_message_8_0= RULE_STRING ) ) ) | ( () otherlv_10= 'require' otherlv_11= 'approval' otherlv_12= 'by' ( ( ruleQualifiedName ) ) ) | ( () otherlv_15= 'ask' ( (otherlv_16= RULE_ID ) ) ) | ( () otherlv_18= 'notify' ( ( ruleQualifiedName ) ) ( (lv_message_20_0= RULE_STRING ) ) ) )
            {
            // InternalRules.g:729:2: ( ( () otherlv_1= 'set' ( (lv_target_2_0= rulePostfix ) ) otherlv_3= '=' ( (lv_value_4_0= ruleExpression ) ) ) | ( () otherlv_6= 'reject' ( (lv_errorCode_7_0= RULE_ID ) ) ( (lv_message_8_0= RULE_STRING ) ) ) | ( () otherlv_10= 'require' otherlv_11= 'approval' otherlv_12= 'by' ( ( ruleQualifiedName ) ) ) | ( () otherlv_15= 'ask' ( (otherlv_16= RULE_ID ) ) ) | ( () otherlv_18= 'notify' ( ( ruleQualifiedName ) ) ( (lv_message_20_0= RULE_STRING ) ) ) )
            int alt11=5;
            switch ( input.LA(1) ) {
            case 24:
                {
                alt11=1;
                }
                break;
            case 25:
                {
                alt11=2;
                }
                break;
            case 26:
                {
                alt11=3;
                }
                break;
            case 29:
                {
                alt11=4;
                }
                break;
            case 30:
                {
                alt11=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 11, 0, input);

                throw nvae;
            }

            switch (alt11) {
                case 1 :
                    // InternalRules.g:730:3: ( () otherlv_1= 'set' ( (lv_target_2_0= rulePostfix ) ) otherlv_3= '=' ( (lv_value_4_0= ruleExpression ) ) )
                    {
                    // InternalRules.g:730:3: ( () otherlv_1= 'set' ( (lv_target_2_0= rulePostfix ) ) otherlv_3= '=' ( (lv_value_4_0= ruleExpression ) ) )
                    // InternalRules.g:731:4: () otherlv_1= 'set' ( (lv_target_2_0= rulePostfix ) ) otherlv_3= '=' ( (lv_value_4_0= ruleExpression ) )
                    {
                    // InternalRules.g:731:4: ()
                    // InternalRules.g:732:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getActionAccess().getSetActionAction_0_0(),
                    						current);
                    				

                    }

                    otherlv_1=(Token)match(input,24,FOLLOW_11); 

                    				newLeafNode(otherlv_1, grammarAccess.getActionAccess().getSetKeyword_0_1());
                    			
                    // InternalRules.g:742:4: ( (lv_target_2_0= rulePostfix ) )
                    // InternalRules.g:743:5: (lv_target_2_0= rulePostfix )
                    {
                    // InternalRules.g:743:5: (lv_target_2_0= rulePostfix )
                    // InternalRules.g:744:6: lv_target_2_0= rulePostfix
                    {

                    						newCompositeNode(grammarAccess.getActionAccess().getTargetPostfixParserRuleCall_0_2_0());
                    					
                    pushFollow(FOLLOW_10);
                    lv_target_2_0=rulePostfix();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getActionRule());
                    						}
                    						set(
                    							current,
                    							"target",
                    							lv_target_2_0,
                    							"io.processware.rules.Rules.Postfix");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_3=(Token)match(input,16,FOLLOW_11); 

                    				newLeafNode(otherlv_3, grammarAccess.getActionAccess().getEqualsSignKeyword_0_3());
                    			
                    // InternalRules.g:765:4: ( (lv_value_4_0= ruleExpression ) )
                    // InternalRules.g:766:5: (lv_value_4_0= ruleExpression )
                    {
                    // InternalRules.g:766:5: (lv_value_4_0= ruleExpression )
                    // InternalRules.g:767:6: lv_value_4_0= ruleExpression
                    {

                    						newCompositeNode(grammarAccess.getActionAccess().getValueExpressionParserRuleCall_0_4_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_value_4_0=ruleExpression();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getActionRule());
                    						}
                    						set(
                    							current,
                    							"value",
                    							lv_value_4_0,
                    							"io.processware.rules.Rules.Expression");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:786:3: ( () otherlv_6= 'reject' ( (lv_errorCode_7_0= RULE_ID ) ) ( (lv_message_8_0= RULE_STRING ) ) )
                    {
                    // InternalRules.g:786:3: ( () otherlv_6= 'reject' ( (lv_errorCode_7_0= RULE_ID ) ) ( (lv_message_8_0= RULE_STRING ) ) )
                    // InternalRules.g:787:4: () otherlv_6= 'reject' ( (lv_errorCode_7_0= RULE_ID ) ) ( (lv_message_8_0= RULE_STRING ) )
                    {
                    // InternalRules.g:787:4: ()
                    // InternalRules.g:788:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getActionAccess().getRejectActionAction_1_0(),
                    						current);
                    				

                    }

                    otherlv_6=(Token)match(input,25,FOLLOW_3); 

                    				newLeafNode(otherlv_6, grammarAccess.getActionAccess().getRejectKeyword_1_1());
                    			
                    // InternalRules.g:798:4: ( (lv_errorCode_7_0= RULE_ID ) )
                    // InternalRules.g:799:5: (lv_errorCode_7_0= RULE_ID )
                    {
                    // InternalRules.g:799:5: (lv_errorCode_7_0= RULE_ID )
                    // InternalRules.g:800:6: lv_errorCode_7_0= RULE_ID
                    {
                    lv_errorCode_7_0=(Token)match(input,RULE_ID,FOLLOW_6); 

                    						newLeafNode(lv_errorCode_7_0, grammarAccess.getActionAccess().getErrorCodeIDTerminalRuleCall_1_2_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getActionRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"errorCode",
                    							lv_errorCode_7_0,
                    							"io.processware.rules.Rules.ID");
                    					

                    }


                    }

                    // InternalRules.g:816:4: ( (lv_message_8_0= RULE_STRING ) )
                    // InternalRules.g:817:5: (lv_message_8_0= RULE_STRING )
                    {
                    // InternalRules.g:817:5: (lv_message_8_0= RULE_STRING )
                    // InternalRules.g:818:6: lv_message_8_0= RULE_STRING
                    {
                    lv_message_8_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_message_8_0, grammarAccess.getActionAccess().getMessageSTRINGTerminalRuleCall_1_3_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getActionRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"message",
                    							lv_message_8_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalRules.g:836:3: ( () otherlv_10= 'require' otherlv_11= 'approval' otherlv_12= 'by' ( ( ruleQualifiedName ) ) )
                    {
                    // InternalRules.g:836:3: ( () otherlv_10= 'require' otherlv_11= 'approval' otherlv_12= 'by' ( ( ruleQualifiedName ) ) )
                    // InternalRules.g:837:4: () otherlv_10= 'require' otherlv_11= 'approval' otherlv_12= 'by' ( ( ruleQualifiedName ) )
                    {
                    // InternalRules.g:837:4: ()
                    // InternalRules.g:838:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getActionAccess().getRequireApprovalActionAction_2_0(),
                    						current);
                    				

                    }

                    otherlv_10=(Token)match(input,26,FOLLOW_22); 

                    				newLeafNode(otherlv_10, grammarAccess.getActionAccess().getRequireKeyword_2_1());
                    			
                    otherlv_11=(Token)match(input,27,FOLLOW_23); 

                    				newLeafNode(otherlv_11, grammarAccess.getActionAccess().getApprovalKeyword_2_2());
                    			
                    otherlv_12=(Token)match(input,28,FOLLOW_3); 

                    				newLeafNode(otherlv_12, grammarAccess.getActionAccess().getByKeyword_2_3());
                    			
                    // InternalRules.g:856:4: ( ( ruleQualifiedName ) )
                    // InternalRules.g:857:5: ( ruleQualifiedName )
                    {
                    // InternalRules.g:857:5: ( ruleQualifiedName )
                    // InternalRules.g:858:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getActionRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getActionAccess().getRoleRoleCrossReference_2_4_0());
                    					
                    pushFollow(FOLLOW_2);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalRules.g:874:3: ( () otherlv_15= 'ask' ( (otherlv_16= RULE_ID ) ) )
                    {
                    // InternalRules.g:874:3: ( () otherlv_15= 'ask' ( (otherlv_16= RULE_ID ) ) )
                    // InternalRules.g:875:4: () otherlv_15= 'ask' ( (otherlv_16= RULE_ID ) )
                    {
                    // InternalRules.g:875:4: ()
                    // InternalRules.g:876:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getActionAccess().getAskActionAction_3_0(),
                    						current);
                    				

                    }

                    otherlv_15=(Token)match(input,29,FOLLOW_3); 

                    				newLeafNode(otherlv_15, grammarAccess.getActionAccess().getAskKeyword_3_1());
                    			
                    // InternalRules.g:886:4: ( (otherlv_16= RULE_ID ) )
                    // InternalRules.g:887:5: (otherlv_16= RULE_ID )
                    {
                    // InternalRules.g:887:5: (otherlv_16= RULE_ID )
                    // InternalRules.g:888:6: otherlv_16= RULE_ID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getActionRule());
                    						}
                    					
                    otherlv_16=(Token)match(input,RULE_ID,FOLLOW_2); 

                    						newLeafNode(otherlv_16, grammarAccess.getActionAccess().getSlotLlmSlotCrossReference_3_2_0());
                    					

                    }


                    }


                    }


                    }
                    break;
                case 5 :
                    // InternalRules.g:901:3: ( () otherlv_18= 'notify' ( ( ruleQualifiedName ) ) ( (lv_message_20_0= RULE_STRING ) ) )
                    {
                    // InternalRules.g:901:3: ( () otherlv_18= 'notify' ( ( ruleQualifiedName ) ) ( (lv_message_20_0= RULE_STRING ) ) )
                    // InternalRules.g:902:4: () otherlv_18= 'notify' ( ( ruleQualifiedName ) ) ( (lv_message_20_0= RULE_STRING ) )
                    {
                    // InternalRules.g:902:4: ()
                    // InternalRules.g:903:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getActionAccess().getNotifyActionAction_4_0(),
                    						current);
                    				

                    }

                    otherlv_18=(Token)match(input,30,FOLLOW_3); 

                    				newLeafNode(otherlv_18, grammarAccess.getActionAccess().getNotifyKeyword_4_1());
                    			
                    // InternalRules.g:913:4: ( ( ruleQualifiedName ) )
                    // InternalRules.g:914:5: ( ruleQualifiedName )
                    {
                    // InternalRules.g:914:5: ( ruleQualifiedName )
                    // InternalRules.g:915:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getActionRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getActionAccess().getRoleRoleCrossReference_4_2_0());
                    					
                    pushFollow(FOLLOW_6);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalRules.g:929:4: ( (lv_message_20_0= RULE_STRING ) )
                    // InternalRules.g:930:5: (lv_message_20_0= RULE_STRING )
                    {
                    // InternalRules.g:930:5: (lv_message_20_0= RULE_STRING )
                    // InternalRules.g:931:6: lv_message_20_0= RULE_STRING
                    {
                    lv_message_20_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_message_20_0, grammarAccess.getActionAccess().getMessageSTRINGTerminalRuleCall_4_3_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getActionRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"message",
                    							lv_message_20_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAction"


    // $ANTLR start "entryRuleConstraint"
    // InternalRules.g:952:1: entryRuleConstraint returns [EObject current=null] : iv_ruleConstraint= ruleConstraint EOF ;
    public final EObject entryRuleConstraint() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleConstraint = null;


        try {
            // InternalRules.g:952:51: (iv_ruleConstraint= ruleConstraint EOF )
            // InternalRules.g:953:2: iv_ruleConstraint= ruleConstraint EOF
            {
             newCompositeNode(grammarAccess.getConstraintRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleConstraint=ruleConstraint();

            state._fsp--;

             current =iv_ruleConstraint; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleConstraint"


    // $ANTLR start "ruleConstraint"
    // InternalRules.g:959:1: ruleConstraint returns [EObject current=null] : (otherlv_0= 'constraint' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'require' ( (lv_condition_5_0= ruleExpression ) ) otherlv_6= 'otherwise' ( (lv_severity_7_0= ruleSeverity ) ) ( (lv_errorCode_8_0= RULE_ID ) ) ( (lv_message_9_0= RULE_STRING ) ) ) ;
    public final EObject ruleConstraint() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token lv_errorCode_8_0=null;
        Token lv_message_9_0=null;
        EObject lv_condition_5_0 = null;

        Enumerator lv_severity_7_0 = null;



        	enterRule();

        try {
            // InternalRules.g:965:2: ( (otherlv_0= 'constraint' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'require' ( (lv_condition_5_0= ruleExpression ) ) otherlv_6= 'otherwise' ( (lv_severity_7_0= ruleSeverity ) ) ( (lv_errorCode_8_0= RULE_ID ) ) ( (lv_message_9_0= RULE_STRING ) ) ) )
            // InternalRules.g:966:2: (otherlv_0= 'constraint' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'require' ( (lv_condition_5_0= ruleExpression ) ) otherlv_6= 'otherwise' ( (lv_severity_7_0= ruleSeverity ) ) ( (lv_errorCode_8_0= RULE_ID ) ) ( (lv_message_9_0= RULE_STRING ) ) )
            {
            // InternalRules.g:966:2: (otherlv_0= 'constraint' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'require' ( (lv_condition_5_0= ruleExpression ) ) otherlv_6= 'otherwise' ( (lv_severity_7_0= ruleSeverity ) ) ( (lv_errorCode_8_0= RULE_ID ) ) ( (lv_message_9_0= RULE_STRING ) ) )
            // InternalRules.g:967:3: otherlv_0= 'constraint' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'require' ( (lv_condition_5_0= ruleExpression ) ) otherlv_6= 'otherwise' ( (lv_severity_7_0= ruleSeverity ) ) ( (lv_errorCode_8_0= RULE_ID ) ) ( (lv_message_9_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,31,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getConstraintAccess().getConstraintKeyword_0());
            		
            // InternalRules.g:971:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalRules.g:972:4: (lv_name_1_0= RULE_ID )
            {
            // InternalRules.g:972:4: (lv_name_1_0= RULE_ID )
            // InternalRules.g:973:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_24); 

            					newLeafNode(lv_name_1_0, grammarAccess.getConstraintAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getConstraintRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"io.processware.rules.Rules.ID");
            				

            }


            }

            // InternalRules.g:989:3: (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )?
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( (LA12_0==20) ) {
                alt12=1;
            }
            switch (alt12) {
                case 1 :
                    // InternalRules.g:990:4: otherlv_2= 'for' ( ( ruleQualifiedName ) )
                    {
                    otherlv_2=(Token)match(input,20,FOLLOW_3); 

                    				newLeafNode(otherlv_2, grammarAccess.getConstraintAccess().getForKeyword_2_0());
                    			
                    // InternalRules.g:994:4: ( ( ruleQualifiedName ) )
                    // InternalRules.g:995:5: ( ruleQualifiedName )
                    {
                    // InternalRules.g:995:5: ( ruleQualifiedName )
                    // InternalRules.g:996:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getConstraintRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getConstraintAccess().getTaskTaskCrossReference_2_1_0());
                    					
                    pushFollow(FOLLOW_25);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            otherlv_4=(Token)match(input,26,FOLLOW_11); 

            			newLeafNode(otherlv_4, grammarAccess.getConstraintAccess().getRequireKeyword_3());
            		
            // InternalRules.g:1015:3: ( (lv_condition_5_0= ruleExpression ) )
            // InternalRules.g:1016:4: (lv_condition_5_0= ruleExpression )
            {
            // InternalRules.g:1016:4: (lv_condition_5_0= ruleExpression )
            // InternalRules.g:1017:5: lv_condition_5_0= ruleExpression
            {

            					newCompositeNode(grammarAccess.getConstraintAccess().getConditionExpressionParserRuleCall_4_0());
            				
            pushFollow(FOLLOW_26);
            lv_condition_5_0=ruleExpression();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getConstraintRule());
            					}
            					set(
            						current,
            						"condition",
            						lv_condition_5_0,
            						"io.processware.rules.Rules.Expression");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_6=(Token)match(input,32,FOLLOW_27); 

            			newLeafNode(otherlv_6, grammarAccess.getConstraintAccess().getOtherwiseKeyword_5());
            		
            // InternalRules.g:1038:3: ( (lv_severity_7_0= ruleSeverity ) )
            // InternalRules.g:1039:4: (lv_severity_7_0= ruleSeverity )
            {
            // InternalRules.g:1039:4: (lv_severity_7_0= ruleSeverity )
            // InternalRules.g:1040:5: lv_severity_7_0= ruleSeverity
            {

            					newCompositeNode(grammarAccess.getConstraintAccess().getSeveritySeverityEnumRuleCall_6_0());
            				
            pushFollow(FOLLOW_3);
            lv_severity_7_0=ruleSeverity();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getConstraintRule());
            					}
            					set(
            						current,
            						"severity",
            						lv_severity_7_0,
            						"io.processware.rules.Rules.Severity");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalRules.g:1057:3: ( (lv_errorCode_8_0= RULE_ID ) )
            // InternalRules.g:1058:4: (lv_errorCode_8_0= RULE_ID )
            {
            // InternalRules.g:1058:4: (lv_errorCode_8_0= RULE_ID )
            // InternalRules.g:1059:5: lv_errorCode_8_0= RULE_ID
            {
            lv_errorCode_8_0=(Token)match(input,RULE_ID,FOLLOW_6); 

            					newLeafNode(lv_errorCode_8_0, grammarAccess.getConstraintAccess().getErrorCodeIDTerminalRuleCall_7_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getConstraintRule());
            					}
            					setWithLastConsumed(
            						current,
            						"errorCode",
            						lv_errorCode_8_0,
            						"io.processware.rules.Rules.ID");
            				

            }


            }

            // InternalRules.g:1075:3: ( (lv_message_9_0= RULE_STRING ) )
            // InternalRules.g:1076:4: (lv_message_9_0= RULE_STRING )
            {
            // InternalRules.g:1076:4: (lv_message_9_0= RULE_STRING )
            // InternalRules.g:1077:5: lv_message_9_0= RULE_STRING
            {
            lv_message_9_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_message_9_0, grammarAccess.getConstraintAccess().getMessageSTRINGTerminalRuleCall_8_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getConstraintRule());
            					}
            					setWithLastConsumed(
            						current,
            						"message",
            						lv_message_9_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleConstraint"


    // $ANTLR start "entryRuleDecisionTable"
    // InternalRules.g:1097:1: entryRuleDecisionTable returns [EObject current=null] : iv_ruleDecisionTable= ruleDecisionTable EOF ;
    public final EObject entryRuleDecisionTable() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDecisionTable = null;


        try {
            // InternalRules.g:1097:54: (iv_ruleDecisionTable= ruleDecisionTable EOF )
            // InternalRules.g:1098:2: iv_ruleDecisionTable= ruleDecisionTable EOF
            {
             newCompositeNode(grammarAccess.getDecisionTableRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDecisionTable=ruleDecisionTable();

            state._fsp--;

             current =iv_ruleDecisionTable; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDecisionTable"


    // $ANTLR start "ruleDecisionTable"
    // InternalRules.g:1104:1: ruleDecisionTable returns [EObject current=null] : (otherlv_0= 'table' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'hit' ( (lv_hitPolicy_5_0= ruleHitPolicy ) ) ( (lv_aggregation_6_0= ruleAggregation ) )? ( (lv_inputs_7_0= ruleTableInput ) )+ ( (lv_outputs_8_0= ruleTableOutput ) )+ ( (lv_rows_9_0= ruleTableRow ) )* ) ;
    public final EObject ruleDecisionTable() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Enumerator lv_hitPolicy_5_0 = null;

        AntlrDatatypeRuleToken lv_aggregation_6_0 = null;

        EObject lv_inputs_7_0 = null;

        EObject lv_outputs_8_0 = null;

        EObject lv_rows_9_0 = null;



        	enterRule();

        try {
            // InternalRules.g:1110:2: ( (otherlv_0= 'table' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'hit' ( (lv_hitPolicy_5_0= ruleHitPolicy ) ) ( (lv_aggregation_6_0= ruleAggregation ) )? ( (lv_inputs_7_0= ruleTableInput ) )+ ( (lv_outputs_8_0= ruleTableOutput ) )+ ( (lv_rows_9_0= ruleTableRow ) )* ) )
            // InternalRules.g:1111:2: (otherlv_0= 'table' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'hit' ( (lv_hitPolicy_5_0= ruleHitPolicy ) ) ( (lv_aggregation_6_0= ruleAggregation ) )? ( (lv_inputs_7_0= ruleTableInput ) )+ ( (lv_outputs_8_0= ruleTableOutput ) )+ ( (lv_rows_9_0= ruleTableRow ) )* )
            {
            // InternalRules.g:1111:2: (otherlv_0= 'table' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'hit' ( (lv_hitPolicy_5_0= ruleHitPolicy ) ) ( (lv_aggregation_6_0= ruleAggregation ) )? ( (lv_inputs_7_0= ruleTableInput ) )+ ( (lv_outputs_8_0= ruleTableOutput ) )+ ( (lv_rows_9_0= ruleTableRow ) )* )
            // InternalRules.g:1112:3: otherlv_0= 'table' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'hit' ( (lv_hitPolicy_5_0= ruleHitPolicy ) ) ( (lv_aggregation_6_0= ruleAggregation ) )? ( (lv_inputs_7_0= ruleTableInput ) )+ ( (lv_outputs_8_0= ruleTableOutput ) )+ ( (lv_rows_9_0= ruleTableRow ) )*
            {
            otherlv_0=(Token)match(input,33,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getDecisionTableAccess().getTableKeyword_0());
            		
            // InternalRules.g:1116:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalRules.g:1117:4: (lv_name_1_0= RULE_ID )
            {
            // InternalRules.g:1117:4: (lv_name_1_0= RULE_ID )
            // InternalRules.g:1118:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_28); 

            					newLeafNode(lv_name_1_0, grammarAccess.getDecisionTableAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getDecisionTableRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"io.processware.rules.Rules.ID");
            				

            }


            }

            // InternalRules.g:1134:3: (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )?
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==20) ) {
                alt13=1;
            }
            switch (alt13) {
                case 1 :
                    // InternalRules.g:1135:4: otherlv_2= 'for' ( ( ruleQualifiedName ) )
                    {
                    otherlv_2=(Token)match(input,20,FOLLOW_3); 

                    				newLeafNode(otherlv_2, grammarAccess.getDecisionTableAccess().getForKeyword_2_0());
                    			
                    // InternalRules.g:1139:4: ( ( ruleQualifiedName ) )
                    // InternalRules.g:1140:5: ( ruleQualifiedName )
                    {
                    // InternalRules.g:1140:5: ( ruleQualifiedName )
                    // InternalRules.g:1141:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getDecisionTableRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getDecisionTableAccess().getTaskTaskCrossReference_2_1_0());
                    					
                    pushFollow(FOLLOW_29);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            otherlv_4=(Token)match(input,34,FOLLOW_30); 

            			newLeafNode(otherlv_4, grammarAccess.getDecisionTableAccess().getHitKeyword_3());
            		
            // InternalRules.g:1160:3: ( (lv_hitPolicy_5_0= ruleHitPolicy ) )
            // InternalRules.g:1161:4: (lv_hitPolicy_5_0= ruleHitPolicy )
            {
            // InternalRules.g:1161:4: (lv_hitPolicy_5_0= ruleHitPolicy )
            // InternalRules.g:1162:5: lv_hitPolicy_5_0= ruleHitPolicy
            {

            					newCompositeNode(grammarAccess.getDecisionTableAccess().getHitPolicyHitPolicyEnumRuleCall_4_0());
            				
            pushFollow(FOLLOW_31);
            lv_hitPolicy_5_0=ruleHitPolicy();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getDecisionTableRule());
            					}
            					set(
            						current,
            						"hitPolicy",
            						lv_hitPolicy_5_0,
            						"io.processware.rules.Rules.HitPolicy");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalRules.g:1179:3: ( (lv_aggregation_6_0= ruleAggregation ) )?
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( ((LA14_0>=35 && LA14_0<=38)) ) {
                alt14=1;
            }
            switch (alt14) {
                case 1 :
                    // InternalRules.g:1180:4: (lv_aggregation_6_0= ruleAggregation )
                    {
                    // InternalRules.g:1180:4: (lv_aggregation_6_0= ruleAggregation )
                    // InternalRules.g:1181:5: lv_aggregation_6_0= ruleAggregation
                    {

                    					newCompositeNode(grammarAccess.getDecisionTableAccess().getAggregationAggregationParserRuleCall_5_0());
                    				
                    pushFollow(FOLLOW_31);
                    lv_aggregation_6_0=ruleAggregation();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getDecisionTableRule());
                    					}
                    					set(
                    						current,
                    						"aggregation",
                    						lv_aggregation_6_0,
                    						"io.processware.rules.Rules.Aggregation");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalRules.g:1198:3: ( (lv_inputs_7_0= ruleTableInput ) )+
            int cnt15=0;
            loop15:
            do {
                int alt15=2;
                int LA15_0 = input.LA(1);

                if ( (LA15_0==39) ) {
                    alt15=1;
                }


                switch (alt15) {
            	case 1 :
            	    // InternalRules.g:1199:4: (lv_inputs_7_0= ruleTableInput )
            	    {
            	    // InternalRules.g:1199:4: (lv_inputs_7_0= ruleTableInput )
            	    // InternalRules.g:1200:5: lv_inputs_7_0= ruleTableInput
            	    {

            	    					newCompositeNode(grammarAccess.getDecisionTableAccess().getInputsTableInputParserRuleCall_6_0());
            	    				
            	    pushFollow(FOLLOW_32);
            	    lv_inputs_7_0=ruleTableInput();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getDecisionTableRule());
            	    					}
            	    					add(
            	    						current,
            	    						"inputs",
            	    						lv_inputs_7_0,
            	    						"io.processware.rules.Rules.TableInput");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    if ( cnt15 >= 1 ) break loop15;
                        EarlyExitException eee =
                            new EarlyExitException(15, input);
                        throw eee;
                }
                cnt15++;
            } while (true);

            // InternalRules.g:1217:3: ( (lv_outputs_8_0= ruleTableOutput ) )+
            int cnt16=0;
            loop16:
            do {
                int alt16=2;
                int LA16_0 = input.LA(1);

                if ( (LA16_0==40) ) {
                    alt16=1;
                }


                switch (alt16) {
            	case 1 :
            	    // InternalRules.g:1218:4: (lv_outputs_8_0= ruleTableOutput )
            	    {
            	    // InternalRules.g:1218:4: (lv_outputs_8_0= ruleTableOutput )
            	    // InternalRules.g:1219:5: lv_outputs_8_0= ruleTableOutput
            	    {

            	    					newCompositeNode(grammarAccess.getDecisionTableAccess().getOutputsTableOutputParserRuleCall_7_0());
            	    				
            	    pushFollow(FOLLOW_33);
            	    lv_outputs_8_0=ruleTableOutput();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getDecisionTableRule());
            	    					}
            	    					add(
            	    						current,
            	    						"outputs",
            	    						lv_outputs_8_0,
            	    						"io.processware.rules.Rules.TableOutput");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    if ( cnt16 >= 1 ) break loop16;
                        EarlyExitException eee =
                            new EarlyExitException(16, input);
                        throw eee;
                }
                cnt16++;
            } while (true);

            // InternalRules.g:1236:3: ( (lv_rows_9_0= ruleTableRow ) )*
            loop17:
            do {
                int alt17=2;
                int LA17_0 = input.LA(1);

                if ( (LA17_0==44) ) {
                    alt17=1;
                }


                switch (alt17) {
            	case 1 :
            	    // InternalRules.g:1237:4: (lv_rows_9_0= ruleTableRow )
            	    {
            	    // InternalRules.g:1237:4: (lv_rows_9_0= ruleTableRow )
            	    // InternalRules.g:1238:5: lv_rows_9_0= ruleTableRow
            	    {

            	    					newCompositeNode(grammarAccess.getDecisionTableAccess().getRowsTableRowParserRuleCall_8_0());
            	    				
            	    pushFollow(FOLLOW_34);
            	    lv_rows_9_0=ruleTableRow();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getDecisionTableRule());
            	    					}
            	    					add(
            	    						current,
            	    						"rows",
            	    						lv_rows_9_0,
            	    						"io.processware.rules.Rules.TableRow");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop17;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDecisionTable"


    // $ANTLR start "entryRuleAggregation"
    // InternalRules.g:1259:1: entryRuleAggregation returns [String current=null] : iv_ruleAggregation= ruleAggregation EOF ;
    public final String entryRuleAggregation() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleAggregation = null;


        try {
            // InternalRules.g:1259:51: (iv_ruleAggregation= ruleAggregation EOF )
            // InternalRules.g:1260:2: iv_ruleAggregation= ruleAggregation EOF
            {
             newCompositeNode(grammarAccess.getAggregationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAggregation=ruleAggregation();

            state._fsp--;

             current =iv_ruleAggregation.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAggregation"


    // $ANTLR start "ruleAggregation"
    // InternalRules.g:1266:1: ruleAggregation returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (kw= 'sum' | kw= 'min' | kw= 'max' | kw= 'count' ) ;
    public final AntlrDatatypeRuleToken ruleAggregation() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;


        	enterRule();

        try {
            // InternalRules.g:1272:2: ( (kw= 'sum' | kw= 'min' | kw= 'max' | kw= 'count' ) )
            // InternalRules.g:1273:2: (kw= 'sum' | kw= 'min' | kw= 'max' | kw= 'count' )
            {
            // InternalRules.g:1273:2: (kw= 'sum' | kw= 'min' | kw= 'max' | kw= 'count' )
            int alt18=4;
            switch ( input.LA(1) ) {
            case 35:
                {
                alt18=1;
                }
                break;
            case 36:
                {
                alt18=2;
                }
                break;
            case 37:
                {
                alt18=3;
                }
                break;
            case 38:
                {
                alt18=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 18, 0, input);

                throw nvae;
            }

            switch (alt18) {
                case 1 :
                    // InternalRules.g:1274:3: kw= 'sum'
                    {
                    kw=(Token)match(input,35,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getAggregationAccess().getSumKeyword_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalRules.g:1280:3: kw= 'min'
                    {
                    kw=(Token)match(input,36,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getAggregationAccess().getMinKeyword_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalRules.g:1286:3: kw= 'max'
                    {
                    kw=(Token)match(input,37,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getAggregationAccess().getMaxKeyword_2());
                    		

                    }
                    break;
                case 4 :
                    // InternalRules.g:1292:3: kw= 'count'
                    {
                    kw=(Token)match(input,38,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getAggregationAccess().getCountKeyword_3());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAggregation"


    // $ANTLR start "entryRuleTableInput"
    // InternalRules.g:1301:1: entryRuleTableInput returns [EObject current=null] : iv_ruleTableInput= ruleTableInput EOF ;
    public final EObject entryRuleTableInput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTableInput = null;


        try {
            // InternalRules.g:1301:51: (iv_ruleTableInput= ruleTableInput EOF )
            // InternalRules.g:1302:2: iv_ruleTableInput= ruleTableInput EOF
            {
             newCompositeNode(grammarAccess.getTableInputRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTableInput=ruleTableInput();

            state._fsp--;

             current =iv_ruleTableInput; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTableInput"


    // $ANTLR start "ruleTableInput"
    // InternalRules.g:1308:1: ruleTableInput returns [EObject current=null] : (otherlv_0= 'input' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= '=' ( (lv_expression_3_0= ruleExpression ) ) ) ;
    public final EObject ruleTableInput() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        EObject lv_expression_3_0 = null;



        	enterRule();

        try {
            // InternalRules.g:1314:2: ( (otherlv_0= 'input' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= '=' ( (lv_expression_3_0= ruleExpression ) ) ) )
            // InternalRules.g:1315:2: (otherlv_0= 'input' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= '=' ( (lv_expression_3_0= ruleExpression ) ) )
            {
            // InternalRules.g:1315:2: (otherlv_0= 'input' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= '=' ( (lv_expression_3_0= ruleExpression ) ) )
            // InternalRules.g:1316:3: otherlv_0= 'input' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= '=' ( (lv_expression_3_0= ruleExpression ) )
            {
            otherlv_0=(Token)match(input,39,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getTableInputAccess().getInputKeyword_0());
            		
            // InternalRules.g:1320:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalRules.g:1321:4: (lv_name_1_0= RULE_ID )
            {
            // InternalRules.g:1321:4: (lv_name_1_0= RULE_ID )
            // InternalRules.g:1322:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_10); 

            					newLeafNode(lv_name_1_0, grammarAccess.getTableInputAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTableInputRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"io.processware.rules.Rules.ID");
            				

            }


            }

            otherlv_2=(Token)match(input,16,FOLLOW_11); 

            			newLeafNode(otherlv_2, grammarAccess.getTableInputAccess().getEqualsSignKeyword_2());
            		
            // InternalRules.g:1342:3: ( (lv_expression_3_0= ruleExpression ) )
            // InternalRules.g:1343:4: (lv_expression_3_0= ruleExpression )
            {
            // InternalRules.g:1343:4: (lv_expression_3_0= ruleExpression )
            // InternalRules.g:1344:5: lv_expression_3_0= ruleExpression
            {

            					newCompositeNode(grammarAccess.getTableInputAccess().getExpressionExpressionParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_2);
            lv_expression_3_0=ruleExpression();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getTableInputRule());
            					}
            					set(
            						current,
            						"expression",
            						lv_expression_3_0,
            						"io.processware.rules.Rules.Expression");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTableInput"


    // $ANTLR start "entryRuleTableOutput"
    // InternalRules.g:1365:1: entryRuleTableOutput returns [EObject current=null] : iv_ruleTableOutput= ruleTableOutput EOF ;
    public final EObject entryRuleTableOutput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTableOutput = null;


        try {
            // InternalRules.g:1365:52: (iv_ruleTableOutput= ruleTableOutput EOF )
            // InternalRules.g:1366:2: iv_ruleTableOutput= ruleTableOutput EOF
            {
             newCompositeNode(grammarAccess.getTableOutputRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTableOutput=ruleTableOutput();

            state._fsp--;

             current =iv_ruleTableOutput; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTableOutput"


    // $ANTLR start "ruleTableOutput"
    // InternalRules.g:1372:1: ruleTableOutput returns [EObject current=null] : (otherlv_0= 'output' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) (otherlv_4= 'priority' otherlv_5= '(' ( (lv_ranking_6_0= ruleExpression ) ) (otherlv_7= ',' ( (lv_ranking_8_0= ruleExpression ) ) )* otherlv_9= ')' )? ) ;
    public final EObject ruleTableOutput() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        EObject lv_type_3_0 = null;

        EObject lv_ranking_6_0 = null;

        EObject lv_ranking_8_0 = null;



        	enterRule();

        try {
            // InternalRules.g:1378:2: ( (otherlv_0= 'output' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) (otherlv_4= 'priority' otherlv_5= '(' ( (lv_ranking_6_0= ruleExpression ) ) (otherlv_7= ',' ( (lv_ranking_8_0= ruleExpression ) ) )* otherlv_9= ')' )? ) )
            // InternalRules.g:1379:2: (otherlv_0= 'output' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) (otherlv_4= 'priority' otherlv_5= '(' ( (lv_ranking_6_0= ruleExpression ) ) (otherlv_7= ',' ( (lv_ranking_8_0= ruleExpression ) ) )* otherlv_9= ')' )? )
            {
            // InternalRules.g:1379:2: (otherlv_0= 'output' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) (otherlv_4= 'priority' otherlv_5= '(' ( (lv_ranking_6_0= ruleExpression ) ) (otherlv_7= ',' ( (lv_ranking_8_0= ruleExpression ) ) )* otherlv_9= ')' )? )
            // InternalRules.g:1380:3: otherlv_0= 'output' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( (lv_type_3_0= ruleType ) ) (otherlv_4= 'priority' otherlv_5= '(' ( (lv_ranking_6_0= ruleExpression ) ) (otherlv_7= ',' ( (lv_ranking_8_0= ruleExpression ) ) )* otherlv_9= ')' )?
            {
            otherlv_0=(Token)match(input,40,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getTableOutputAccess().getOutputKeyword_0());
            		
            // InternalRules.g:1384:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalRules.g:1385:4: (lv_name_1_0= RULE_ID )
            {
            // InternalRules.g:1385:4: (lv_name_1_0= RULE_ID )
            // InternalRules.g:1386:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_7); 

            					newLeafNode(lv_name_1_0, grammarAccess.getTableOutputAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTableOutputRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"io.processware.rules.Rules.ID");
            				

            }


            }

            otherlv_2=(Token)match(input,14,FOLLOW_8); 

            			newLeafNode(otherlv_2, grammarAccess.getTableOutputAccess().getColonKeyword_2());
            		
            // InternalRules.g:1406:3: ( (lv_type_3_0= ruleType ) )
            // InternalRules.g:1407:4: (lv_type_3_0= ruleType )
            {
            // InternalRules.g:1407:4: (lv_type_3_0= ruleType )
            // InternalRules.g:1408:5: lv_type_3_0= ruleType
            {

            					newCompositeNode(grammarAccess.getTableOutputAccess().getTypeTypeParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_35);
            lv_type_3_0=ruleType();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getTableOutputRule());
            					}
            					set(
            						current,
            						"type",
            						lv_type_3_0,
            						"io.processware.rules.Rules.Type");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalRules.g:1425:3: (otherlv_4= 'priority' otherlv_5= '(' ( (lv_ranking_6_0= ruleExpression ) ) (otherlv_7= ',' ( (lv_ranking_8_0= ruleExpression ) ) )* otherlv_9= ')' )?
            int alt20=2;
            int LA20_0 = input.LA(1);

            if ( (LA20_0==21) ) {
                alt20=1;
            }
            switch (alt20) {
                case 1 :
                    // InternalRules.g:1426:4: otherlv_4= 'priority' otherlv_5= '(' ( (lv_ranking_6_0= ruleExpression ) ) (otherlv_7= ',' ( (lv_ranking_8_0= ruleExpression ) ) )* otherlv_9= ')'
                    {
                    otherlv_4=(Token)match(input,21,FOLLOW_36); 

                    				newLeafNode(otherlv_4, grammarAccess.getTableOutputAccess().getPriorityKeyword_4_0());
                    			
                    otherlv_5=(Token)match(input,41,FOLLOW_11); 

                    				newLeafNode(otherlv_5, grammarAccess.getTableOutputAccess().getLeftParenthesisKeyword_4_1());
                    			
                    // InternalRules.g:1434:4: ( (lv_ranking_6_0= ruleExpression ) )
                    // InternalRules.g:1435:5: (lv_ranking_6_0= ruleExpression )
                    {
                    // InternalRules.g:1435:5: (lv_ranking_6_0= ruleExpression )
                    // InternalRules.g:1436:6: lv_ranking_6_0= ruleExpression
                    {

                    						newCompositeNode(grammarAccess.getTableOutputAccess().getRankingExpressionParserRuleCall_4_2_0());
                    					
                    pushFollow(FOLLOW_37);
                    lv_ranking_6_0=ruleExpression();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getTableOutputRule());
                    						}
                    						add(
                    							current,
                    							"ranking",
                    							lv_ranking_6_0,
                    							"io.processware.rules.Rules.Expression");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalRules.g:1453:4: (otherlv_7= ',' ( (lv_ranking_8_0= ruleExpression ) ) )*
                    loop19:
                    do {
                        int alt19=2;
                        int LA19_0 = input.LA(1);

                        if ( (LA19_0==42) ) {
                            alt19=1;
                        }


                        switch (alt19) {
                    	case 1 :
                    	    // InternalRules.g:1454:5: otherlv_7= ',' ( (lv_ranking_8_0= ruleExpression ) )
                    	    {
                    	    otherlv_7=(Token)match(input,42,FOLLOW_11); 

                    	    					newLeafNode(otherlv_7, grammarAccess.getTableOutputAccess().getCommaKeyword_4_3_0());
                    	    				
                    	    // InternalRules.g:1458:5: ( (lv_ranking_8_0= ruleExpression ) )
                    	    // InternalRules.g:1459:6: (lv_ranking_8_0= ruleExpression )
                    	    {
                    	    // InternalRules.g:1459:6: (lv_ranking_8_0= ruleExpression )
                    	    // InternalRules.g:1460:7: lv_ranking_8_0= ruleExpression
                    	    {

                    	    							newCompositeNode(grammarAccess.getTableOutputAccess().getRankingExpressionParserRuleCall_4_3_1_0());
                    	    						
                    	    pushFollow(FOLLOW_37);
                    	    lv_ranking_8_0=ruleExpression();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getTableOutputRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"ranking",
                    	    								lv_ranking_8_0,
                    	    								"io.processware.rules.Rules.Expression");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop19;
                        }
                    } while (true);

                    otherlv_9=(Token)match(input,43,FOLLOW_2); 

                    				newLeafNode(otherlv_9, grammarAccess.getTableOutputAccess().getRightParenthesisKeyword_4_4());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTableOutput"


    // $ANTLR start "entryRuleTableRow"
    // InternalRules.g:1487:1: entryRuleTableRow returns [EObject current=null] : iv_ruleTableRow= ruleTableRow EOF ;
    public final EObject entryRuleTableRow() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTableRow = null;


        try {
            // InternalRules.g:1487:49: (iv_ruleTableRow= ruleTableRow EOF )
            // InternalRules.g:1488:2: iv_ruleTableRow= ruleTableRow EOF
            {
             newCompositeNode(grammarAccess.getTableRowRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTableRow=ruleTableRow();

            state._fsp--;

             current =iv_ruleTableRow; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTableRow"


    // $ANTLR start "ruleTableRow"
    // InternalRules.g:1494:1: ruleTableRow returns [EObject current=null] : (otherlv_0= 'row' ( (lv_entries_1_0= ruleUnaryTest ) ) (otherlv_2= '|' ( (lv_entries_3_0= ruleUnaryTest ) ) )* otherlv_4= '=>' ( (lv_results_5_0= ruleExpression ) ) (otherlv_6= '|' ( (lv_results_7_0= ruleExpression ) ) )* ) ;
    public final EObject ruleTableRow() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        EObject lv_entries_1_0 = null;

        EObject lv_entries_3_0 = null;

        EObject lv_results_5_0 = null;

        EObject lv_results_7_0 = null;



        	enterRule();

        try {
            // InternalRules.g:1500:2: ( (otherlv_0= 'row' ( (lv_entries_1_0= ruleUnaryTest ) ) (otherlv_2= '|' ( (lv_entries_3_0= ruleUnaryTest ) ) )* otherlv_4= '=>' ( (lv_results_5_0= ruleExpression ) ) (otherlv_6= '|' ( (lv_results_7_0= ruleExpression ) ) )* ) )
            // InternalRules.g:1501:2: (otherlv_0= 'row' ( (lv_entries_1_0= ruleUnaryTest ) ) (otherlv_2= '|' ( (lv_entries_3_0= ruleUnaryTest ) ) )* otherlv_4= '=>' ( (lv_results_5_0= ruleExpression ) ) (otherlv_6= '|' ( (lv_results_7_0= ruleExpression ) ) )* )
            {
            // InternalRules.g:1501:2: (otherlv_0= 'row' ( (lv_entries_1_0= ruleUnaryTest ) ) (otherlv_2= '|' ( (lv_entries_3_0= ruleUnaryTest ) ) )* otherlv_4= '=>' ( (lv_results_5_0= ruleExpression ) ) (otherlv_6= '|' ( (lv_results_7_0= ruleExpression ) ) )* )
            // InternalRules.g:1502:3: otherlv_0= 'row' ( (lv_entries_1_0= ruleUnaryTest ) ) (otherlv_2= '|' ( (lv_entries_3_0= ruleUnaryTest ) ) )* otherlv_4= '=>' ( (lv_results_5_0= ruleExpression ) ) (otherlv_6= '|' ( (lv_results_7_0= ruleExpression ) ) )*
            {
            otherlv_0=(Token)match(input,44,FOLLOW_38); 

            			newLeafNode(otherlv_0, grammarAccess.getTableRowAccess().getRowKeyword_0());
            		
            // InternalRules.g:1506:3: ( (lv_entries_1_0= ruleUnaryTest ) )
            // InternalRules.g:1507:4: (lv_entries_1_0= ruleUnaryTest )
            {
            // InternalRules.g:1507:4: (lv_entries_1_0= ruleUnaryTest )
            // InternalRules.g:1508:5: lv_entries_1_0= ruleUnaryTest
            {

            					newCompositeNode(grammarAccess.getTableRowAccess().getEntriesUnaryTestParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_39);
            lv_entries_1_0=ruleUnaryTest();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getTableRowRule());
            					}
            					add(
            						current,
            						"entries",
            						lv_entries_1_0,
            						"io.processware.rules.Rules.UnaryTest");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalRules.g:1525:3: (otherlv_2= '|' ( (lv_entries_3_0= ruleUnaryTest ) ) )*
            loop21:
            do {
                int alt21=2;
                int LA21_0 = input.LA(1);

                if ( (LA21_0==45) ) {
                    alt21=1;
                }


                switch (alt21) {
            	case 1 :
            	    // InternalRules.g:1526:4: otherlv_2= '|' ( (lv_entries_3_0= ruleUnaryTest ) )
            	    {
            	    otherlv_2=(Token)match(input,45,FOLLOW_38); 

            	    				newLeafNode(otherlv_2, grammarAccess.getTableRowAccess().getVerticalLineKeyword_2_0());
            	    			
            	    // InternalRules.g:1530:4: ( (lv_entries_3_0= ruleUnaryTest ) )
            	    // InternalRules.g:1531:5: (lv_entries_3_0= ruleUnaryTest )
            	    {
            	    // InternalRules.g:1531:5: (lv_entries_3_0= ruleUnaryTest )
            	    // InternalRules.g:1532:6: lv_entries_3_0= ruleUnaryTest
            	    {

            	    						newCompositeNode(grammarAccess.getTableRowAccess().getEntriesUnaryTestParserRuleCall_2_1_0());
            	    					
            	    pushFollow(FOLLOW_39);
            	    lv_entries_3_0=ruleUnaryTest();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getTableRowRule());
            	    						}
            	    						add(
            	    							current,
            	    							"entries",
            	    							lv_entries_3_0,
            	    							"io.processware.rules.Rules.UnaryTest");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop21;
                }
            } while (true);

            otherlv_4=(Token)match(input,46,FOLLOW_11); 

            			newLeafNode(otherlv_4, grammarAccess.getTableRowAccess().getEqualsSignGreaterThanSignKeyword_3());
            		
            // InternalRules.g:1554:3: ( (lv_results_5_0= ruleExpression ) )
            // InternalRules.g:1555:4: (lv_results_5_0= ruleExpression )
            {
            // InternalRules.g:1555:4: (lv_results_5_0= ruleExpression )
            // InternalRules.g:1556:5: lv_results_5_0= ruleExpression
            {

            					newCompositeNode(grammarAccess.getTableRowAccess().getResultsExpressionParserRuleCall_4_0());
            				
            pushFollow(FOLLOW_40);
            lv_results_5_0=ruleExpression();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getTableRowRule());
            					}
            					add(
            						current,
            						"results",
            						lv_results_5_0,
            						"io.processware.rules.Rules.Expression");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalRules.g:1573:3: (otherlv_6= '|' ( (lv_results_7_0= ruleExpression ) ) )*
            loop22:
            do {
                int alt22=2;
                int LA22_0 = input.LA(1);

                if ( (LA22_0==45) ) {
                    alt22=1;
                }


                switch (alt22) {
            	case 1 :
            	    // InternalRules.g:1574:4: otherlv_6= '|' ( (lv_results_7_0= ruleExpression ) )
            	    {
            	    otherlv_6=(Token)match(input,45,FOLLOW_11); 

            	    				newLeafNode(otherlv_6, grammarAccess.getTableRowAccess().getVerticalLineKeyword_5_0());
            	    			
            	    // InternalRules.g:1578:4: ( (lv_results_7_0= ruleExpression ) )
            	    // InternalRules.g:1579:5: (lv_results_7_0= ruleExpression )
            	    {
            	    // InternalRules.g:1579:5: (lv_results_7_0= ruleExpression )
            	    // InternalRules.g:1580:6: lv_results_7_0= ruleExpression
            	    {

            	    						newCompositeNode(grammarAccess.getTableRowAccess().getResultsExpressionParserRuleCall_5_1_0());
            	    					
            	    pushFollow(FOLLOW_40);
            	    lv_results_7_0=ruleExpression();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getTableRowRule());
            	    						}
            	    						add(
            	    							current,
            	    							"results",
            	    							lv_results_7_0,
            	    							"io.processware.rules.Rules.Expression");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop22;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTableRow"


    // $ANTLR start "entryRuleUnaryTest"
    // InternalRules.g:1602:1: entryRuleUnaryTest returns [EObject current=null] : iv_ruleUnaryTest= ruleUnaryTest EOF ;
    public final EObject entryRuleUnaryTest() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleUnaryTest = null;


        try {
            // InternalRules.g:1602:50: (iv_ruleUnaryTest= ruleUnaryTest EOF )
            // InternalRules.g:1603:2: iv_ruleUnaryTest= ruleUnaryTest EOF
            {
             newCompositeNode(grammarAccess.getUnaryTestRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleUnaryTest=ruleUnaryTest();

            state._fsp--;

             current =iv_ruleUnaryTest; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleUnaryTest"


    // $ANTLR start "ruleUnaryTest"
    // InternalRules.g:1609:1: ruleUnaryTest returns [EObject current=null] : ( ( () otherlv_1= '-' ) | ( () otherlv_3= 'not' otherlv_4= '(' ( (lv_tests_5_0= ruleSimpleTest ) ) (otherlv_6= ',' ( (lv_tests_7_0= ruleSimpleTest ) ) )* otherlv_8= ')' ) | (this_SimpleTest_9= ruleSimpleTest ( () (otherlv_11= ',' ( (lv_tests_12_0= ruleSimpleTest ) ) )+ )? ) ) ;
    public final EObject ruleUnaryTest() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token otherlv_11=null;
        EObject lv_tests_5_0 = null;

        EObject lv_tests_7_0 = null;

        EObject this_SimpleTest_9 = null;

        EObject lv_tests_12_0 = null;



        	enterRule();

        try {
            // InternalRules.g:1615:2: ( ( ( () otherlv_1= '-' ) | ( () otherlv_3= 'not' otherlv_4= '(' ( (lv_tests_5_0= ruleSimpleTest ) ) (otherlv_6= ',' ( (lv_tests_7_0= ruleSimpleTest ) ) )* otherlv_8= ')' ) | (this_SimpleTest_9= ruleSimpleTest ( () (otherlv_11= ',' ( (lv_tests_12_0= ruleSimpleTest ) ) )+ )? ) ) )
            // InternalRules.g:1616:2: ( ( () otherlv_1= '-' ) | ( () otherlv_3= 'not' otherlv_4= '(' ( (lv_tests_5_0= ruleSimpleTest ) ) (otherlv_6= ',' ( (lv_tests_7_0= ruleSimpleTest ) ) )* otherlv_8= ')' ) | (this_SimpleTest_9= ruleSimpleTest ( () (otherlv_11= ',' ( (lv_tests_12_0= ruleSimpleTest ) ) )+ )? ) )
            {
            // InternalRules.g:1616:2: ( ( () otherlv_1= '-' ) | ( () otherlv_3= 'not' otherlv_4= '(' ( (lv_tests_5_0= ruleSimpleTest ) ) (otherlv_6= ',' ( (lv_tests_7_0= ruleSimpleTest ) ) )* otherlv_8= ')' ) | (this_SimpleTest_9= ruleSimpleTest ( () (otherlv_11= ',' ( (lv_tests_12_0= ruleSimpleTest ) ) )+ )? ) )
            int alt26=3;
            switch ( input.LA(1) ) {
            case 47:
                {
                int LA26_1 = input.LA(2);

                if ( (LA26_1==EOF||(LA26_1>=45 && LA26_1<=46)) ) {
                    alt26=1;
                }
                else if ( ((LA26_1>=RULE_STRING && LA26_1<=RULE_INT)||(LA26_1>=35 && LA26_1<=38)||LA26_1==41||LA26_1==47||(LA26_1>=91 && LA26_1<=101)) ) {
                    alt26=3;
                }
                else {
                    NoViableAltException nvae =
                        new NoViableAltException("", 26, 1, input);

                    throw nvae;
                }
                }
                break;
            case 48:
                {
                alt26=2;
                }
                break;
            case RULE_STRING:
            case RULE_ID:
            case RULE_INT:
            case 35:
            case 36:
            case 37:
            case 38:
            case 41:
            case 49:
            case 50:
            case 51:
            case 52:
            case 53:
            case 54:
            case 55:
            case 91:
            case 92:
            case 93:
            case 94:
            case 95:
            case 96:
            case 97:
            case 98:
            case 99:
            case 100:
            case 101:
                {
                alt26=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 26, 0, input);

                throw nvae;
            }

            switch (alt26) {
                case 1 :
                    // InternalRules.g:1617:3: ( () otherlv_1= '-' )
                    {
                    // InternalRules.g:1617:3: ( () otherlv_1= '-' )
                    // InternalRules.g:1618:4: () otherlv_1= '-'
                    {
                    // InternalRules.g:1618:4: ()
                    // InternalRules.g:1619:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getUnaryTestAccess().getAnyValueAction_0_0(),
                    						current);
                    				

                    }

                    otherlv_1=(Token)match(input,47,FOLLOW_2); 

                    				newLeafNode(otherlv_1, grammarAccess.getUnaryTestAccess().getHyphenMinusKeyword_0_1());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:1631:3: ( () otherlv_3= 'not' otherlv_4= '(' ( (lv_tests_5_0= ruleSimpleTest ) ) (otherlv_6= ',' ( (lv_tests_7_0= ruleSimpleTest ) ) )* otherlv_8= ')' )
                    {
                    // InternalRules.g:1631:3: ( () otherlv_3= 'not' otherlv_4= '(' ( (lv_tests_5_0= ruleSimpleTest ) ) (otherlv_6= ',' ( (lv_tests_7_0= ruleSimpleTest ) ) )* otherlv_8= ')' )
                    // InternalRules.g:1632:4: () otherlv_3= 'not' otherlv_4= '(' ( (lv_tests_5_0= ruleSimpleTest ) ) (otherlv_6= ',' ( (lv_tests_7_0= ruleSimpleTest ) ) )* otherlv_8= ')'
                    {
                    // InternalRules.g:1632:4: ()
                    // InternalRules.g:1633:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getUnaryTestAccess().getNotTestAction_1_0(),
                    						current);
                    				

                    }

                    otherlv_3=(Token)match(input,48,FOLLOW_36); 

                    				newLeafNode(otherlv_3, grammarAccess.getUnaryTestAccess().getNotKeyword_1_1());
                    			
                    otherlv_4=(Token)match(input,41,FOLLOW_38); 

                    				newLeafNode(otherlv_4, grammarAccess.getUnaryTestAccess().getLeftParenthesisKeyword_1_2());
                    			
                    // InternalRules.g:1647:4: ( (lv_tests_5_0= ruleSimpleTest ) )
                    // InternalRules.g:1648:5: (lv_tests_5_0= ruleSimpleTest )
                    {
                    // InternalRules.g:1648:5: (lv_tests_5_0= ruleSimpleTest )
                    // InternalRules.g:1649:6: lv_tests_5_0= ruleSimpleTest
                    {

                    						newCompositeNode(grammarAccess.getUnaryTestAccess().getTestsSimpleTestParserRuleCall_1_3_0());
                    					
                    pushFollow(FOLLOW_37);
                    lv_tests_5_0=ruleSimpleTest();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getUnaryTestRule());
                    						}
                    						add(
                    							current,
                    							"tests",
                    							lv_tests_5_0,
                    							"io.processware.rules.Rules.SimpleTest");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalRules.g:1666:4: (otherlv_6= ',' ( (lv_tests_7_0= ruleSimpleTest ) ) )*
                    loop23:
                    do {
                        int alt23=2;
                        int LA23_0 = input.LA(1);

                        if ( (LA23_0==42) ) {
                            alt23=1;
                        }


                        switch (alt23) {
                    	case 1 :
                    	    // InternalRules.g:1667:5: otherlv_6= ',' ( (lv_tests_7_0= ruleSimpleTest ) )
                    	    {
                    	    otherlv_6=(Token)match(input,42,FOLLOW_38); 

                    	    					newLeafNode(otherlv_6, grammarAccess.getUnaryTestAccess().getCommaKeyword_1_4_0());
                    	    				
                    	    // InternalRules.g:1671:5: ( (lv_tests_7_0= ruleSimpleTest ) )
                    	    // InternalRules.g:1672:6: (lv_tests_7_0= ruleSimpleTest )
                    	    {
                    	    // InternalRules.g:1672:6: (lv_tests_7_0= ruleSimpleTest )
                    	    // InternalRules.g:1673:7: lv_tests_7_0= ruleSimpleTest
                    	    {

                    	    							newCompositeNode(grammarAccess.getUnaryTestAccess().getTestsSimpleTestParserRuleCall_1_4_1_0());
                    	    						
                    	    pushFollow(FOLLOW_37);
                    	    lv_tests_7_0=ruleSimpleTest();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getUnaryTestRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"tests",
                    	    								lv_tests_7_0,
                    	    								"io.processware.rules.Rules.SimpleTest");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop23;
                        }
                    } while (true);

                    otherlv_8=(Token)match(input,43,FOLLOW_2); 

                    				newLeafNode(otherlv_8, grammarAccess.getUnaryTestAccess().getRightParenthesisKeyword_1_5());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalRules.g:1697:3: (this_SimpleTest_9= ruleSimpleTest ( () (otherlv_11= ',' ( (lv_tests_12_0= ruleSimpleTest ) ) )+ )? )
                    {
                    // InternalRules.g:1697:3: (this_SimpleTest_9= ruleSimpleTest ( () (otherlv_11= ',' ( (lv_tests_12_0= ruleSimpleTest ) ) )+ )? )
                    // InternalRules.g:1698:4: this_SimpleTest_9= ruleSimpleTest ( () (otherlv_11= ',' ( (lv_tests_12_0= ruleSimpleTest ) ) )+ )?
                    {

                    				newCompositeNode(grammarAccess.getUnaryTestAccess().getSimpleTestParserRuleCall_2_0());
                    			
                    pushFollow(FOLLOW_41);
                    this_SimpleTest_9=ruleSimpleTest();

                    state._fsp--;


                    				current = this_SimpleTest_9;
                    				afterParserOrEnumRuleCall();
                    			
                    // InternalRules.g:1706:4: ( () (otherlv_11= ',' ( (lv_tests_12_0= ruleSimpleTest ) ) )+ )?
                    int alt25=2;
                    int LA25_0 = input.LA(1);

                    if ( (LA25_0==42) ) {
                        alt25=1;
                    }
                    switch (alt25) {
                        case 1 :
                            // InternalRules.g:1707:5: () (otherlv_11= ',' ( (lv_tests_12_0= ruleSimpleTest ) ) )+
                            {
                            // InternalRules.g:1707:5: ()
                            // InternalRules.g:1708:6: 
                            {

                            						current = forceCreateModelElementAndAdd(
                            							grammarAccess.getUnaryTestAccess().getValueListTestTestsAction_2_1_0(),
                            							current);
                            					

                            }

                            // InternalRules.g:1714:5: (otherlv_11= ',' ( (lv_tests_12_0= ruleSimpleTest ) ) )+
                            int cnt24=0;
                            loop24:
                            do {
                                int alt24=2;
                                int LA24_0 = input.LA(1);

                                if ( (LA24_0==42) ) {
                                    alt24=1;
                                }


                                switch (alt24) {
                            	case 1 :
                            	    // InternalRules.g:1715:6: otherlv_11= ',' ( (lv_tests_12_0= ruleSimpleTest ) )
                            	    {
                            	    otherlv_11=(Token)match(input,42,FOLLOW_38); 

                            	    						newLeafNode(otherlv_11, grammarAccess.getUnaryTestAccess().getCommaKeyword_2_1_1_0());
                            	    					
                            	    // InternalRules.g:1719:6: ( (lv_tests_12_0= ruleSimpleTest ) )
                            	    // InternalRules.g:1720:7: (lv_tests_12_0= ruleSimpleTest )
                            	    {
                            	    // InternalRules.g:1720:7: (lv_tests_12_0= ruleSimpleTest )
                            	    // InternalRules.g:1721:8: lv_tests_12_0= ruleSimpleTest
                            	    {

                            	    								newCompositeNode(grammarAccess.getUnaryTestAccess().getTestsSimpleTestParserRuleCall_2_1_1_1_0());
                            	    							
                            	    pushFollow(FOLLOW_41);
                            	    lv_tests_12_0=ruleSimpleTest();

                            	    state._fsp--;


                            	    								if (current==null) {
                            	    									current = createModelElementForParent(grammarAccess.getUnaryTestRule());
                            	    								}
                            	    								add(
                            	    									current,
                            	    									"tests",
                            	    									lv_tests_12_0,
                            	    									"io.processware.rules.Rules.SimpleTest");
                            	    								afterParserOrEnumRuleCall();
                            	    							

                            	    }


                            	    }


                            	    }
                            	    break;

                            	default :
                            	    if ( cnt24 >= 1 ) break loop24;
                                        EarlyExitException eee =
                                            new EarlyExitException(24, input);
                                        throw eee;
                                }
                                cnt24++;
                            } while (true);


                            }
                            break;

                    }


                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleUnaryTest"


    // $ANTLR start "entryRuleSimpleTest"
    // InternalRules.g:1745:1: entryRuleSimpleTest returns [EObject current=null] : iv_ruleSimpleTest= ruleSimpleTest EOF ;
    public final EObject entryRuleSimpleTest() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSimpleTest = null;


        try {
            // InternalRules.g:1745:51: (iv_ruleSimpleTest= ruleSimpleTest EOF )
            // InternalRules.g:1746:2: iv_ruleSimpleTest= ruleSimpleTest EOF
            {
             newCompositeNode(grammarAccess.getSimpleTestRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSimpleTest=ruleSimpleTest();

            state._fsp--;

             current =iv_ruleSimpleTest; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSimpleTest"


    // $ANTLR start "ruleSimpleTest"
    // InternalRules.g:1752:1: ruleSimpleTest returns [EObject current=null] : ( ( () ( ( (lv_op_1_1= '<' | lv_op_1_2= '<=' | lv_op_1_3= '>' | lv_op_1_4= '>=' | lv_op_1_5= '!=' ) ) ) ( (lv_value_2_0= ruleAdditive ) ) ) | ( () ( ( (lv_lowOpen_4_0= ']' ) ) | otherlv_5= '[' ) ( (lv_low_6_0= ruleAdditive ) ) otherlv_7= '..' ( (lv_high_8_0= ruleAdditive ) ) ( ( (lv_highOpen_9_0= '[' ) ) | otherlv_10= ']' ) ) | ( () ( (lv_value_12_0= ruleAdditive ) ) ) ) ;
    public final EObject ruleSimpleTest() throws RecognitionException {
        EObject current = null;

        Token lv_op_1_1=null;
        Token lv_op_1_2=null;
        Token lv_op_1_3=null;
        Token lv_op_1_4=null;
        Token lv_op_1_5=null;
        Token lv_lowOpen_4_0=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token lv_highOpen_9_0=null;
        Token otherlv_10=null;
        EObject lv_value_2_0 = null;

        EObject lv_low_6_0 = null;

        EObject lv_high_8_0 = null;

        EObject lv_value_12_0 = null;



        	enterRule();

        try {
            // InternalRules.g:1758:2: ( ( ( () ( ( (lv_op_1_1= '<' | lv_op_1_2= '<=' | lv_op_1_3= '>' | lv_op_1_4= '>=' | lv_op_1_5= '!=' ) ) ) ( (lv_value_2_0= ruleAdditive ) ) ) | ( () ( ( (lv_lowOpen_4_0= ']' ) ) | otherlv_5= '[' ) ( (lv_low_6_0= ruleAdditive ) ) otherlv_7= '..' ( (lv_high_8_0= ruleAdditive ) ) ( ( (lv_highOpen_9_0= '[' ) ) | otherlv_10= ']' ) ) | ( () ( (lv_value_12_0= ruleAdditive ) ) ) ) )
            // InternalRules.g:1759:2: ( ( () ( ( (lv_op_1_1= '<' | lv_op_1_2= '<=' | lv_op_1_3= '>' | lv_op_1_4= '>=' | lv_op_1_5= '!=' ) ) ) ( (lv_value_2_0= ruleAdditive ) ) ) | ( () ( ( (lv_lowOpen_4_0= ']' ) ) | otherlv_5= '[' ) ( (lv_low_6_0= ruleAdditive ) ) otherlv_7= '..' ( (lv_high_8_0= ruleAdditive ) ) ( ( (lv_highOpen_9_0= '[' ) ) | otherlv_10= ']' ) ) | ( () ( (lv_value_12_0= ruleAdditive ) ) ) )
            {
            // InternalRules.g:1759:2: ( ( () ( ( (lv_op_1_1= '<' | lv_op_1_2= '<=' | lv_op_1_3= '>' | lv_op_1_4= '>=' | lv_op_1_5= '!=' ) ) ) ( (lv_value_2_0= ruleAdditive ) ) ) | ( () ( ( (lv_lowOpen_4_0= ']' ) ) | otherlv_5= '[' ) ( (lv_low_6_0= ruleAdditive ) ) otherlv_7= '..' ( (lv_high_8_0= ruleAdditive ) ) ( ( (lv_highOpen_9_0= '[' ) ) | otherlv_10= ']' ) ) | ( () ( (lv_value_12_0= ruleAdditive ) ) ) )
            int alt30=3;
            switch ( input.LA(1) ) {
            case 49:
            case 50:
            case 51:
            case 52:
            case 53:
                {
                alt30=1;
                }
                break;
            case 54:
            case 55:
                {
                alt30=2;
                }
                break;
            case RULE_STRING:
            case RULE_ID:
            case RULE_INT:
            case 35:
            case 36:
            case 37:
            case 38:
            case 41:
            case 47:
            case 91:
            case 92:
            case 93:
            case 94:
            case 95:
            case 96:
            case 97:
            case 98:
            case 99:
            case 100:
            case 101:
                {
                alt30=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 30, 0, input);

                throw nvae;
            }

            switch (alt30) {
                case 1 :
                    // InternalRules.g:1760:3: ( () ( ( (lv_op_1_1= '<' | lv_op_1_2= '<=' | lv_op_1_3= '>' | lv_op_1_4= '>=' | lv_op_1_5= '!=' ) ) ) ( (lv_value_2_0= ruleAdditive ) ) )
                    {
                    // InternalRules.g:1760:3: ( () ( ( (lv_op_1_1= '<' | lv_op_1_2= '<=' | lv_op_1_3= '>' | lv_op_1_4= '>=' | lv_op_1_5= '!=' ) ) ) ( (lv_value_2_0= ruleAdditive ) ) )
                    // InternalRules.g:1761:4: () ( ( (lv_op_1_1= '<' | lv_op_1_2= '<=' | lv_op_1_3= '>' | lv_op_1_4= '>=' | lv_op_1_5= '!=' ) ) ) ( (lv_value_2_0= ruleAdditive ) )
                    {
                    // InternalRules.g:1761:4: ()
                    // InternalRules.g:1762:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getSimpleTestAccess().getComparisonTestAction_0_0(),
                    						current);
                    				

                    }

                    // InternalRules.g:1768:4: ( ( (lv_op_1_1= '<' | lv_op_1_2= '<=' | lv_op_1_3= '>' | lv_op_1_4= '>=' | lv_op_1_5= '!=' ) ) )
                    // InternalRules.g:1769:5: ( (lv_op_1_1= '<' | lv_op_1_2= '<=' | lv_op_1_3= '>' | lv_op_1_4= '>=' | lv_op_1_5= '!=' ) )
                    {
                    // InternalRules.g:1769:5: ( (lv_op_1_1= '<' | lv_op_1_2= '<=' | lv_op_1_3= '>' | lv_op_1_4= '>=' | lv_op_1_5= '!=' ) )
                    // InternalRules.g:1770:6: (lv_op_1_1= '<' | lv_op_1_2= '<=' | lv_op_1_3= '>' | lv_op_1_4= '>=' | lv_op_1_5= '!=' )
                    {
                    // InternalRules.g:1770:6: (lv_op_1_1= '<' | lv_op_1_2= '<=' | lv_op_1_3= '>' | lv_op_1_4= '>=' | lv_op_1_5= '!=' )
                    int alt27=5;
                    switch ( input.LA(1) ) {
                    case 49:
                        {
                        alt27=1;
                        }
                        break;
                    case 50:
                        {
                        alt27=2;
                        }
                        break;
                    case 51:
                        {
                        alt27=3;
                        }
                        break;
                    case 52:
                        {
                        alt27=4;
                        }
                        break;
                    case 53:
                        {
                        alt27=5;
                        }
                        break;
                    default:
                        NoViableAltException nvae =
                            new NoViableAltException("", 27, 0, input);

                        throw nvae;
                    }

                    switch (alt27) {
                        case 1 :
                            // InternalRules.g:1771:7: lv_op_1_1= '<'
                            {
                            lv_op_1_1=(Token)match(input,49,FOLLOW_11); 

                            							newLeafNode(lv_op_1_1, grammarAccess.getSimpleTestAccess().getOpLessThanSignKeyword_0_1_0_0());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getSimpleTestRule());
                            							}
                            							setWithLastConsumed(current, "op", lv_op_1_1, null);
                            						

                            }
                            break;
                        case 2 :
                            // InternalRules.g:1782:7: lv_op_1_2= '<='
                            {
                            lv_op_1_2=(Token)match(input,50,FOLLOW_11); 

                            							newLeafNode(lv_op_1_2, grammarAccess.getSimpleTestAccess().getOpLessThanSignEqualsSignKeyword_0_1_0_1());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getSimpleTestRule());
                            							}
                            							setWithLastConsumed(current, "op", lv_op_1_2, null);
                            						

                            }
                            break;
                        case 3 :
                            // InternalRules.g:1793:7: lv_op_1_3= '>'
                            {
                            lv_op_1_3=(Token)match(input,51,FOLLOW_11); 

                            							newLeafNode(lv_op_1_3, grammarAccess.getSimpleTestAccess().getOpGreaterThanSignKeyword_0_1_0_2());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getSimpleTestRule());
                            							}
                            							setWithLastConsumed(current, "op", lv_op_1_3, null);
                            						

                            }
                            break;
                        case 4 :
                            // InternalRules.g:1804:7: lv_op_1_4= '>='
                            {
                            lv_op_1_4=(Token)match(input,52,FOLLOW_11); 

                            							newLeafNode(lv_op_1_4, grammarAccess.getSimpleTestAccess().getOpGreaterThanSignEqualsSignKeyword_0_1_0_3());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getSimpleTestRule());
                            							}
                            							setWithLastConsumed(current, "op", lv_op_1_4, null);
                            						

                            }
                            break;
                        case 5 :
                            // InternalRules.g:1815:7: lv_op_1_5= '!='
                            {
                            lv_op_1_5=(Token)match(input,53,FOLLOW_11); 

                            							newLeafNode(lv_op_1_5, grammarAccess.getSimpleTestAccess().getOpExclamationMarkEqualsSignKeyword_0_1_0_4());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getSimpleTestRule());
                            							}
                            							setWithLastConsumed(current, "op", lv_op_1_5, null);
                            						

                            }
                            break;

                    }


                    }


                    }

                    // InternalRules.g:1828:4: ( (lv_value_2_0= ruleAdditive ) )
                    // InternalRules.g:1829:5: (lv_value_2_0= ruleAdditive )
                    {
                    // InternalRules.g:1829:5: (lv_value_2_0= ruleAdditive )
                    // InternalRules.g:1830:6: lv_value_2_0= ruleAdditive
                    {

                    						newCompositeNode(grammarAccess.getSimpleTestAccess().getValueAdditiveParserRuleCall_0_2_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_value_2_0=ruleAdditive();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getSimpleTestRule());
                    						}
                    						set(
                    							current,
                    							"value",
                    							lv_value_2_0,
                    							"io.processware.rules.Rules.Additive");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:1849:3: ( () ( ( (lv_lowOpen_4_0= ']' ) ) | otherlv_5= '[' ) ( (lv_low_6_0= ruleAdditive ) ) otherlv_7= '..' ( (lv_high_8_0= ruleAdditive ) ) ( ( (lv_highOpen_9_0= '[' ) ) | otherlv_10= ']' ) )
                    {
                    // InternalRules.g:1849:3: ( () ( ( (lv_lowOpen_4_0= ']' ) ) | otherlv_5= '[' ) ( (lv_low_6_0= ruleAdditive ) ) otherlv_7= '..' ( (lv_high_8_0= ruleAdditive ) ) ( ( (lv_highOpen_9_0= '[' ) ) | otherlv_10= ']' ) )
                    // InternalRules.g:1850:4: () ( ( (lv_lowOpen_4_0= ']' ) ) | otherlv_5= '[' ) ( (lv_low_6_0= ruleAdditive ) ) otherlv_7= '..' ( (lv_high_8_0= ruleAdditive ) ) ( ( (lv_highOpen_9_0= '[' ) ) | otherlv_10= ']' )
                    {
                    // InternalRules.g:1850:4: ()
                    // InternalRules.g:1851:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getSimpleTestAccess().getRangeTestAction_1_0(),
                    						current);
                    				

                    }

                    // InternalRules.g:1857:4: ( ( (lv_lowOpen_4_0= ']' ) ) | otherlv_5= '[' )
                    int alt28=2;
                    int LA28_0 = input.LA(1);

                    if ( (LA28_0==54) ) {
                        alt28=1;
                    }
                    else if ( (LA28_0==55) ) {
                        alt28=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 28, 0, input);

                        throw nvae;
                    }
                    switch (alt28) {
                        case 1 :
                            // InternalRules.g:1858:5: ( (lv_lowOpen_4_0= ']' ) )
                            {
                            // InternalRules.g:1858:5: ( (lv_lowOpen_4_0= ']' ) )
                            // InternalRules.g:1859:6: (lv_lowOpen_4_0= ']' )
                            {
                            // InternalRules.g:1859:6: (lv_lowOpen_4_0= ']' )
                            // InternalRules.g:1860:7: lv_lowOpen_4_0= ']'
                            {
                            lv_lowOpen_4_0=(Token)match(input,54,FOLLOW_11); 

                            							newLeafNode(lv_lowOpen_4_0, grammarAccess.getSimpleTestAccess().getLowOpenRightSquareBracketKeyword_1_1_0_0());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getSimpleTestRule());
                            							}
                            							setWithLastConsumed(current, "lowOpen", lv_lowOpen_4_0 != null, "]");
                            						

                            }


                            }


                            }
                            break;
                        case 2 :
                            // InternalRules.g:1873:5: otherlv_5= '['
                            {
                            otherlv_5=(Token)match(input,55,FOLLOW_11); 

                            					newLeafNode(otherlv_5, grammarAccess.getSimpleTestAccess().getLeftSquareBracketKeyword_1_1_1());
                            				

                            }
                            break;

                    }

                    // InternalRules.g:1878:4: ( (lv_low_6_0= ruleAdditive ) )
                    // InternalRules.g:1879:5: (lv_low_6_0= ruleAdditive )
                    {
                    // InternalRules.g:1879:5: (lv_low_6_0= ruleAdditive )
                    // InternalRules.g:1880:6: lv_low_6_0= ruleAdditive
                    {

                    						newCompositeNode(grammarAccess.getSimpleTestAccess().getLowAdditiveParserRuleCall_1_2_0());
                    					
                    pushFollow(FOLLOW_42);
                    lv_low_6_0=ruleAdditive();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getSimpleTestRule());
                    						}
                    						set(
                    							current,
                    							"low",
                    							lv_low_6_0,
                    							"io.processware.rules.Rules.Additive");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_7=(Token)match(input,56,FOLLOW_11); 

                    				newLeafNode(otherlv_7, grammarAccess.getSimpleTestAccess().getFullStopFullStopKeyword_1_3());
                    			
                    // InternalRules.g:1901:4: ( (lv_high_8_0= ruleAdditive ) )
                    // InternalRules.g:1902:5: (lv_high_8_0= ruleAdditive )
                    {
                    // InternalRules.g:1902:5: (lv_high_8_0= ruleAdditive )
                    // InternalRules.g:1903:6: lv_high_8_0= ruleAdditive
                    {

                    						newCompositeNode(grammarAccess.getSimpleTestAccess().getHighAdditiveParserRuleCall_1_4_0());
                    					
                    pushFollow(FOLLOW_43);
                    lv_high_8_0=ruleAdditive();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getSimpleTestRule());
                    						}
                    						set(
                    							current,
                    							"high",
                    							lv_high_8_0,
                    							"io.processware.rules.Rules.Additive");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalRules.g:1920:4: ( ( (lv_highOpen_9_0= '[' ) ) | otherlv_10= ']' )
                    int alt29=2;
                    int LA29_0 = input.LA(1);

                    if ( (LA29_0==55) ) {
                        alt29=1;
                    }
                    else if ( (LA29_0==54) ) {
                        alt29=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 29, 0, input);

                        throw nvae;
                    }
                    switch (alt29) {
                        case 1 :
                            // InternalRules.g:1921:5: ( (lv_highOpen_9_0= '[' ) )
                            {
                            // InternalRules.g:1921:5: ( (lv_highOpen_9_0= '[' ) )
                            // InternalRules.g:1922:6: (lv_highOpen_9_0= '[' )
                            {
                            // InternalRules.g:1922:6: (lv_highOpen_9_0= '[' )
                            // InternalRules.g:1923:7: lv_highOpen_9_0= '['
                            {
                            lv_highOpen_9_0=(Token)match(input,55,FOLLOW_2); 

                            							newLeafNode(lv_highOpen_9_0, grammarAccess.getSimpleTestAccess().getHighOpenLeftSquareBracketKeyword_1_5_0_0());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getSimpleTestRule());
                            							}
                            							setWithLastConsumed(current, "highOpen", lv_highOpen_9_0 != null, "[");
                            						

                            }


                            }


                            }
                            break;
                        case 2 :
                            // InternalRules.g:1936:5: otherlv_10= ']'
                            {
                            otherlv_10=(Token)match(input,54,FOLLOW_2); 

                            					newLeafNode(otherlv_10, grammarAccess.getSimpleTestAccess().getRightSquareBracketKeyword_1_5_1());
                            				

                            }
                            break;

                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalRules.g:1943:3: ( () ( (lv_value_12_0= ruleAdditive ) ) )
                    {
                    // InternalRules.g:1943:3: ( () ( (lv_value_12_0= ruleAdditive ) ) )
                    // InternalRules.g:1944:4: () ( (lv_value_12_0= ruleAdditive ) )
                    {
                    // InternalRules.g:1944:4: ()
                    // InternalRules.g:1945:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getSimpleTestAccess().getEqualsTestAction_2_0(),
                    						current);
                    				

                    }

                    // InternalRules.g:1951:4: ( (lv_value_12_0= ruleAdditive ) )
                    // InternalRules.g:1952:5: (lv_value_12_0= ruleAdditive )
                    {
                    // InternalRules.g:1952:5: (lv_value_12_0= ruleAdditive )
                    // InternalRules.g:1953:6: lv_value_12_0= ruleAdditive
                    {

                    						newCompositeNode(grammarAccess.getSimpleTestAccess().getValueAdditiveParserRuleCall_2_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_value_12_0=ruleAdditive();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getSimpleTestRule());
                    						}
                    						set(
                    							current,
                    							"value",
                    							lv_value_12_0,
                    							"io.processware.rules.Rules.Additive");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSimpleTest"


    // $ANTLR start "entryRuleApproval"
    // InternalRules.g:1975:1: entryRuleApproval returns [EObject current=null] : iv_ruleApproval= ruleApproval EOF ;
    public final EObject entryRuleApproval() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleApproval = null;


        try {
            // InternalRules.g:1975:49: (iv_ruleApproval= ruleApproval EOF )
            // InternalRules.g:1976:2: iv_ruleApproval= ruleApproval EOF
            {
             newCompositeNode(grammarAccess.getApprovalRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleApproval=ruleApproval();

            state._fsp--;

             current =iv_ruleApproval; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleApproval"


    // $ANTLR start "ruleApproval"
    // InternalRules.g:1982:1: ruleApproval returns [EObject current=null] : (otherlv_0= 'approval' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) ( (lv_steps_4_0= ruleApprovalStep ) )+ ) ;
    public final EObject ruleApproval() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        EObject lv_steps_4_0 = null;



        	enterRule();

        try {
            // InternalRules.g:1988:2: ( (otherlv_0= 'approval' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) ( (lv_steps_4_0= ruleApprovalStep ) )+ ) )
            // InternalRules.g:1989:2: (otherlv_0= 'approval' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) ( (lv_steps_4_0= ruleApprovalStep ) )+ )
            {
            // InternalRules.g:1989:2: (otherlv_0= 'approval' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) ( (lv_steps_4_0= ruleApprovalStep ) )+ )
            // InternalRules.g:1990:3: otherlv_0= 'approval' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) ( (lv_steps_4_0= ruleApprovalStep ) )+
            {
            otherlv_0=(Token)match(input,27,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getApprovalAccess().getApprovalKeyword_0());
            		
            // InternalRules.g:1994:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalRules.g:1995:4: (lv_name_1_0= RULE_ID )
            {
            // InternalRules.g:1995:4: (lv_name_1_0= RULE_ID )
            // InternalRules.g:1996:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_14); 

            					newLeafNode(lv_name_1_0, grammarAccess.getApprovalAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getApprovalRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"io.processware.rules.Rules.ID");
            				

            }


            }

            otherlv_2=(Token)match(input,20,FOLLOW_3); 

            			newLeafNode(otherlv_2, grammarAccess.getApprovalAccess().getForKeyword_2());
            		
            // InternalRules.g:2016:3: ( ( ruleQualifiedName ) )
            // InternalRules.g:2017:4: ( ruleQualifiedName )
            {
            // InternalRules.g:2017:4: ( ruleQualifiedName )
            // InternalRules.g:2018:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getApprovalRule());
            					}
            				

            					newCompositeNode(grammarAccess.getApprovalAccess().getTaskTaskCrossReference_3_0());
            				
            pushFollow(FOLLOW_44);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalRules.g:2032:3: ( (lv_steps_4_0= ruleApprovalStep ) )+
            int cnt31=0;
            loop31:
            do {
                int alt31=2;
                int LA31_0 = input.LA(1);

                if ( (LA31_0==57) ) {
                    alt31=1;
                }


                switch (alt31) {
            	case 1 :
            	    // InternalRules.g:2033:4: (lv_steps_4_0= ruleApprovalStep )
            	    {
            	    // InternalRules.g:2033:4: (lv_steps_4_0= ruleApprovalStep )
            	    // InternalRules.g:2034:5: lv_steps_4_0= ruleApprovalStep
            	    {

            	    					newCompositeNode(grammarAccess.getApprovalAccess().getStepsApprovalStepParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_45);
            	    lv_steps_4_0=ruleApprovalStep();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getApprovalRule());
            	    					}
            	    					add(
            	    						current,
            	    						"steps",
            	    						lv_steps_4_0,
            	    						"io.processware.rules.Rules.ApprovalStep");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    if ( cnt31 >= 1 ) break loop31;
                        EarlyExitException eee =
                            new EarlyExitException(31, input);
                        throw eee;
                }
                cnt31++;
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleApproval"


    // $ANTLR start "entryRuleApprovalStep"
    // InternalRules.g:2055:1: entryRuleApprovalStep returns [EObject current=null] : iv_ruleApprovalStep= ruleApprovalStep EOF ;
    public final EObject entryRuleApprovalStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleApprovalStep = null;


        try {
            // InternalRules.g:2055:53: (iv_ruleApprovalStep= ruleApprovalStep EOF )
            // InternalRules.g:2056:2: iv_ruleApprovalStep= ruleApprovalStep EOF
            {
             newCompositeNode(grammarAccess.getApprovalStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleApprovalStep=ruleApprovalStep();

            state._fsp--;

             current =iv_ruleApprovalStep; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleApprovalStep"


    // $ANTLR start "ruleApprovalStep"
    // InternalRules.g:2062:1: ruleApprovalStep returns [EObject current=null] : (otherlv_0= 'approve' otherlv_1= 'by' ( ( ruleQualifiedName ) ) otherlv_3= 'when' ( (lv_condition_4_0= ruleExpression ) ) ) ;
    public final EObject ruleApprovalStep() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        EObject lv_condition_4_0 = null;



        	enterRule();

        try {
            // InternalRules.g:2068:2: ( (otherlv_0= 'approve' otherlv_1= 'by' ( ( ruleQualifiedName ) ) otherlv_3= 'when' ( (lv_condition_4_0= ruleExpression ) ) ) )
            // InternalRules.g:2069:2: (otherlv_0= 'approve' otherlv_1= 'by' ( ( ruleQualifiedName ) ) otherlv_3= 'when' ( (lv_condition_4_0= ruleExpression ) ) )
            {
            // InternalRules.g:2069:2: (otherlv_0= 'approve' otherlv_1= 'by' ( ( ruleQualifiedName ) ) otherlv_3= 'when' ( (lv_condition_4_0= ruleExpression ) ) )
            // InternalRules.g:2070:3: otherlv_0= 'approve' otherlv_1= 'by' ( ( ruleQualifiedName ) ) otherlv_3= 'when' ( (lv_condition_4_0= ruleExpression ) )
            {
            otherlv_0=(Token)match(input,57,FOLLOW_23); 

            			newLeafNode(otherlv_0, grammarAccess.getApprovalStepAccess().getApproveKeyword_0());
            		
            otherlv_1=(Token)match(input,28,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getApprovalStepAccess().getByKeyword_1());
            		
            // InternalRules.g:2078:3: ( ( ruleQualifiedName ) )
            // InternalRules.g:2079:4: ( ruleQualifiedName )
            {
            // InternalRules.g:2079:4: ( ruleQualifiedName )
            // InternalRules.g:2080:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getApprovalStepRule());
            					}
            				

            					newCompositeNode(grammarAccess.getApprovalStepAccess().getRoleRoleCrossReference_2_0());
            				
            pushFollow(FOLLOW_18);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_3=(Token)match(input,22,FOLLOW_11); 

            			newLeafNode(otherlv_3, grammarAccess.getApprovalStepAccess().getWhenKeyword_3());
            		
            // InternalRules.g:2098:3: ( (lv_condition_4_0= ruleExpression ) )
            // InternalRules.g:2099:4: (lv_condition_4_0= ruleExpression )
            {
            // InternalRules.g:2099:4: (lv_condition_4_0= ruleExpression )
            // InternalRules.g:2100:5: lv_condition_4_0= ruleExpression
            {

            					newCompositeNode(grammarAccess.getApprovalStepAccess().getConditionExpressionParserRuleCall_4_0());
            				
            pushFollow(FOLLOW_2);
            lv_condition_4_0=ruleExpression();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getApprovalStepRule());
            					}
            					set(
            						current,
            						"condition",
            						lv_condition_4_0,
            						"io.processware.rules.Rules.Expression");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleApprovalStep"


    // $ANTLR start "entryRuleSla"
    // InternalRules.g:2121:1: entryRuleSla returns [EObject current=null] : iv_ruleSla= ruleSla EOF ;
    public final EObject entryRuleSla() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSla = null;


        try {
            // InternalRules.g:2121:44: (iv_ruleSla= ruleSla EOF )
            // InternalRules.g:2122:2: iv_ruleSla= ruleSla EOF
            {
             newCompositeNode(grammarAccess.getSlaRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSla=ruleSla();

            state._fsp--;

             current =iv_ruleSla; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSla"


    // $ANTLR start "ruleSla"
    // InternalRules.g:2128:1: ruleSla returns [EObject current=null] : (otherlv_0= 'sla' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) otherlv_4= 'within' ( (lv_limit_5_0= ruleExpression ) ) (otherlv_6= 'warn' otherlv_7= 'after' ( (lv_warning_8_0= ruleExpression ) ) )? (otherlv_9= 'escalate' otherlv_10= 'to' ( ( ruleQualifiedName ) ) )? ) ;
    public final EObject ruleSla() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token otherlv_10=null;
        EObject lv_limit_5_0 = null;

        EObject lv_warning_8_0 = null;



        	enterRule();

        try {
            // InternalRules.g:2134:2: ( (otherlv_0= 'sla' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) otherlv_4= 'within' ( (lv_limit_5_0= ruleExpression ) ) (otherlv_6= 'warn' otherlv_7= 'after' ( (lv_warning_8_0= ruleExpression ) ) )? (otherlv_9= 'escalate' otherlv_10= 'to' ( ( ruleQualifiedName ) ) )? ) )
            // InternalRules.g:2135:2: (otherlv_0= 'sla' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) otherlv_4= 'within' ( (lv_limit_5_0= ruleExpression ) ) (otherlv_6= 'warn' otherlv_7= 'after' ( (lv_warning_8_0= ruleExpression ) ) )? (otherlv_9= 'escalate' otherlv_10= 'to' ( ( ruleQualifiedName ) ) )? )
            {
            // InternalRules.g:2135:2: (otherlv_0= 'sla' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) otherlv_4= 'within' ( (lv_limit_5_0= ruleExpression ) ) (otherlv_6= 'warn' otherlv_7= 'after' ( (lv_warning_8_0= ruleExpression ) ) )? (otherlv_9= 'escalate' otherlv_10= 'to' ( ( ruleQualifiedName ) ) )? )
            // InternalRules.g:2136:3: otherlv_0= 'sla' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) otherlv_4= 'within' ( (lv_limit_5_0= ruleExpression ) ) (otherlv_6= 'warn' otherlv_7= 'after' ( (lv_warning_8_0= ruleExpression ) ) )? (otherlv_9= 'escalate' otherlv_10= 'to' ( ( ruleQualifiedName ) ) )?
            {
            otherlv_0=(Token)match(input,58,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getSlaAccess().getSlaKeyword_0());
            		
            // InternalRules.g:2140:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalRules.g:2141:4: (lv_name_1_0= RULE_ID )
            {
            // InternalRules.g:2141:4: (lv_name_1_0= RULE_ID )
            // InternalRules.g:2142:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_14); 

            					newLeafNode(lv_name_1_0, grammarAccess.getSlaAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getSlaRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"io.processware.rules.Rules.ID");
            				

            }


            }

            otherlv_2=(Token)match(input,20,FOLLOW_3); 

            			newLeafNode(otherlv_2, grammarAccess.getSlaAccess().getForKeyword_2());
            		
            // InternalRules.g:2162:3: ( ( ruleQualifiedName ) )
            // InternalRules.g:2163:4: ( ruleQualifiedName )
            {
            // InternalRules.g:2163:4: ( ruleQualifiedName )
            // InternalRules.g:2164:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getSlaRule());
            					}
            				

            					newCompositeNode(grammarAccess.getSlaAccess().getTargetNamedElementCrossReference_3_0());
            				
            pushFollow(FOLLOW_46);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_4=(Token)match(input,59,FOLLOW_11); 

            			newLeafNode(otherlv_4, grammarAccess.getSlaAccess().getWithinKeyword_4());
            		
            // InternalRules.g:2182:3: ( (lv_limit_5_0= ruleExpression ) )
            // InternalRules.g:2183:4: (lv_limit_5_0= ruleExpression )
            {
            // InternalRules.g:2183:4: (lv_limit_5_0= ruleExpression )
            // InternalRules.g:2184:5: lv_limit_5_0= ruleExpression
            {

            					newCompositeNode(grammarAccess.getSlaAccess().getLimitExpressionParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_47);
            lv_limit_5_0=ruleExpression();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSlaRule());
            					}
            					set(
            						current,
            						"limit",
            						lv_limit_5_0,
            						"io.processware.rules.Rules.Expression");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalRules.g:2201:3: (otherlv_6= 'warn' otherlv_7= 'after' ( (lv_warning_8_0= ruleExpression ) ) )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==60) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalRules.g:2202:4: otherlv_6= 'warn' otherlv_7= 'after' ( (lv_warning_8_0= ruleExpression ) )
                    {
                    otherlv_6=(Token)match(input,60,FOLLOW_48); 

                    				newLeafNode(otherlv_6, grammarAccess.getSlaAccess().getWarnKeyword_6_0());
                    			
                    otherlv_7=(Token)match(input,61,FOLLOW_11); 

                    				newLeafNode(otherlv_7, grammarAccess.getSlaAccess().getAfterKeyword_6_1());
                    			
                    // InternalRules.g:2210:4: ( (lv_warning_8_0= ruleExpression ) )
                    // InternalRules.g:2211:5: (lv_warning_8_0= ruleExpression )
                    {
                    // InternalRules.g:2211:5: (lv_warning_8_0= ruleExpression )
                    // InternalRules.g:2212:6: lv_warning_8_0= ruleExpression
                    {

                    						newCompositeNode(grammarAccess.getSlaAccess().getWarningExpressionParserRuleCall_6_2_0());
                    					
                    pushFollow(FOLLOW_49);
                    lv_warning_8_0=ruleExpression();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getSlaRule());
                    						}
                    						set(
                    							current,
                    							"warning",
                    							lv_warning_8_0,
                    							"io.processware.rules.Rules.Expression");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalRules.g:2230:3: (otherlv_9= 'escalate' otherlv_10= 'to' ( ( ruleQualifiedName ) ) )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==62) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalRules.g:2231:4: otherlv_9= 'escalate' otherlv_10= 'to' ( ( ruleQualifiedName ) )
                    {
                    otherlv_9=(Token)match(input,62,FOLLOW_50); 

                    				newLeafNode(otherlv_9, grammarAccess.getSlaAccess().getEscalateKeyword_7_0());
                    			
                    otherlv_10=(Token)match(input,63,FOLLOW_3); 

                    				newLeafNode(otherlv_10, grammarAccess.getSlaAccess().getToKeyword_7_1());
                    			
                    // InternalRules.g:2239:4: ( ( ruleQualifiedName ) )
                    // InternalRules.g:2240:5: ( ruleQualifiedName )
                    {
                    // InternalRules.g:2240:5: ( ruleQualifiedName )
                    // InternalRules.g:2241:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getSlaRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getSlaAccess().getEscalationRoleCrossReference_7_2_0());
                    					
                    pushFollow(FOLLOW_2);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSla"


    // $ANTLR start "entryRulePolicy"
    // InternalRules.g:2260:1: entryRulePolicy returns [EObject current=null] : iv_rulePolicy= rulePolicy EOF ;
    public final EObject entryRulePolicy() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePolicy = null;


        try {
            // InternalRules.g:2260:47: (iv_rulePolicy= rulePolicy EOF )
            // InternalRules.g:2261:2: iv_rulePolicy= rulePolicy EOF
            {
             newCompositeNode(grammarAccess.getPolicyRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePolicy=rulePolicy();

            state._fsp--;

             current =iv_rulePolicy; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePolicy"


    // $ANTLR start "rulePolicy"
    // InternalRules.g:2267:1: rulePolicy returns [EObject current=null] : (otherlv_0= 'policy' (this_RetentionPolicy_1= ruleRetentionPolicy | this_ResidencyPolicy_2= ruleResidencyPolicy | this_AccessPolicy_3= ruleAccessPolicy | this_BudgetPolicy_4= ruleBudgetPolicy ) ) ;
    public final EObject rulePolicy() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        EObject this_RetentionPolicy_1 = null;

        EObject this_ResidencyPolicy_2 = null;

        EObject this_AccessPolicy_3 = null;

        EObject this_BudgetPolicy_4 = null;



        	enterRule();

        try {
            // InternalRules.g:2273:2: ( (otherlv_0= 'policy' (this_RetentionPolicy_1= ruleRetentionPolicy | this_ResidencyPolicy_2= ruleResidencyPolicy | this_AccessPolicy_3= ruleAccessPolicy | this_BudgetPolicy_4= ruleBudgetPolicy ) ) )
            // InternalRules.g:2274:2: (otherlv_0= 'policy' (this_RetentionPolicy_1= ruleRetentionPolicy | this_ResidencyPolicy_2= ruleResidencyPolicy | this_AccessPolicy_3= ruleAccessPolicy | this_BudgetPolicy_4= ruleBudgetPolicy ) )
            {
            // InternalRules.g:2274:2: (otherlv_0= 'policy' (this_RetentionPolicy_1= ruleRetentionPolicy | this_ResidencyPolicy_2= ruleResidencyPolicy | this_AccessPolicy_3= ruleAccessPolicy | this_BudgetPolicy_4= ruleBudgetPolicy ) )
            // InternalRules.g:2275:3: otherlv_0= 'policy' (this_RetentionPolicy_1= ruleRetentionPolicy | this_ResidencyPolicy_2= ruleResidencyPolicy | this_AccessPolicy_3= ruleAccessPolicy | this_BudgetPolicy_4= ruleBudgetPolicy )
            {
            otherlv_0=(Token)match(input,64,FOLLOW_51); 

            			newLeafNode(otherlv_0, grammarAccess.getPolicyAccess().getPolicyKeyword_0());
            		
            // InternalRules.g:2279:3: (this_RetentionPolicy_1= ruleRetentionPolicy | this_ResidencyPolicy_2= ruleResidencyPolicy | this_AccessPolicy_3= ruleAccessPolicy | this_BudgetPolicy_4= ruleBudgetPolicy )
            int alt34=4;
            switch ( input.LA(1) ) {
            case 65:
                {
                alt34=1;
                }
                break;
            case 67:
                {
                alt34=2;
                }
                break;
            case 69:
                {
                alt34=3;
                }
                break;
            case 72:
                {
                alt34=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 34, 0, input);

                throw nvae;
            }

            switch (alt34) {
                case 1 :
                    // InternalRules.g:2280:4: this_RetentionPolicy_1= ruleRetentionPolicy
                    {

                    				newCompositeNode(grammarAccess.getPolicyAccess().getRetentionPolicyParserRuleCall_1_0());
                    			
                    pushFollow(FOLLOW_2);
                    this_RetentionPolicy_1=ruleRetentionPolicy();

                    state._fsp--;


                    				current = this_RetentionPolicy_1;
                    				afterParserOrEnumRuleCall();
                    			

                    }
                    break;
                case 2 :
                    // InternalRules.g:2289:4: this_ResidencyPolicy_2= ruleResidencyPolicy
                    {

                    				newCompositeNode(grammarAccess.getPolicyAccess().getResidencyPolicyParserRuleCall_1_1());
                    			
                    pushFollow(FOLLOW_2);
                    this_ResidencyPolicy_2=ruleResidencyPolicy();

                    state._fsp--;


                    				current = this_ResidencyPolicy_2;
                    				afterParserOrEnumRuleCall();
                    			

                    }
                    break;
                case 3 :
                    // InternalRules.g:2298:4: this_AccessPolicy_3= ruleAccessPolicy
                    {

                    				newCompositeNode(grammarAccess.getPolicyAccess().getAccessPolicyParserRuleCall_1_2());
                    			
                    pushFollow(FOLLOW_2);
                    this_AccessPolicy_3=ruleAccessPolicy();

                    state._fsp--;


                    				current = this_AccessPolicy_3;
                    				afterParserOrEnumRuleCall();
                    			

                    }
                    break;
                case 4 :
                    // InternalRules.g:2307:4: this_BudgetPolicy_4= ruleBudgetPolicy
                    {

                    				newCompositeNode(grammarAccess.getPolicyAccess().getBudgetPolicyParserRuleCall_1_3());
                    			
                    pushFollow(FOLLOW_2);
                    this_BudgetPolicy_4=ruleBudgetPolicy();

                    state._fsp--;


                    				current = this_BudgetPolicy_4;
                    				afterParserOrEnumRuleCall();
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePolicy"


    // $ANTLR start "entryRuleRetentionPolicy"
    // InternalRules.g:2320:1: entryRuleRetentionPolicy returns [EObject current=null] : iv_ruleRetentionPolicy= ruleRetentionPolicy EOF ;
    public final EObject entryRuleRetentionPolicy() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRetentionPolicy = null;


        try {
            // InternalRules.g:2320:56: (iv_ruleRetentionPolicy= ruleRetentionPolicy EOF )
            // InternalRules.g:2321:2: iv_ruleRetentionPolicy= ruleRetentionPolicy EOF
            {
             newCompositeNode(grammarAccess.getRetentionPolicyRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRetentionPolicy=ruleRetentionPolicy();

            state._fsp--;

             current =iv_ruleRetentionPolicy; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleRetentionPolicy"


    // $ANTLR start "ruleRetentionPolicy"
    // InternalRules.g:2327:1: ruleRetentionPolicy returns [EObject current=null] : (otherlv_0= 'retention' otherlv_1= 'of' ( ( ruleQualifiedName ) ) otherlv_3= 'keep' ( (lv_period_4_0= ruleExpression ) ) (otherlv_5= 'then' ( (lv_disposal_6_0= ruleDisposal ) ) )? ) ;
    public final EObject ruleRetentionPolicy() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        EObject lv_period_4_0 = null;

        Enumerator lv_disposal_6_0 = null;



        	enterRule();

        try {
            // InternalRules.g:2333:2: ( (otherlv_0= 'retention' otherlv_1= 'of' ( ( ruleQualifiedName ) ) otherlv_3= 'keep' ( (lv_period_4_0= ruleExpression ) ) (otherlv_5= 'then' ( (lv_disposal_6_0= ruleDisposal ) ) )? ) )
            // InternalRules.g:2334:2: (otherlv_0= 'retention' otherlv_1= 'of' ( ( ruleQualifiedName ) ) otherlv_3= 'keep' ( (lv_period_4_0= ruleExpression ) ) (otherlv_5= 'then' ( (lv_disposal_6_0= ruleDisposal ) ) )? )
            {
            // InternalRules.g:2334:2: (otherlv_0= 'retention' otherlv_1= 'of' ( ( ruleQualifiedName ) ) otherlv_3= 'keep' ( (lv_period_4_0= ruleExpression ) ) (otherlv_5= 'then' ( (lv_disposal_6_0= ruleDisposal ) ) )? )
            // InternalRules.g:2335:3: otherlv_0= 'retention' otherlv_1= 'of' ( ( ruleQualifiedName ) ) otherlv_3= 'keep' ( (lv_period_4_0= ruleExpression ) ) (otherlv_5= 'then' ( (lv_disposal_6_0= ruleDisposal ) ) )?
            {
            otherlv_0=(Token)match(input,65,FOLLOW_13); 

            			newLeafNode(otherlv_0, grammarAccess.getRetentionPolicyAccess().getRetentionKeyword_0());
            		
            otherlv_1=(Token)match(input,18,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getRetentionPolicyAccess().getOfKeyword_1());
            		
            // InternalRules.g:2343:3: ( ( ruleQualifiedName ) )
            // InternalRules.g:2344:4: ( ruleQualifiedName )
            {
            // InternalRules.g:2344:4: ( ruleQualifiedName )
            // InternalRules.g:2345:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getRetentionPolicyRule());
            					}
            				

            					newCompositeNode(grammarAccess.getRetentionPolicyAccess().getTargetNamedElementCrossReference_2_0());
            				
            pushFollow(FOLLOW_52);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_3=(Token)match(input,66,FOLLOW_11); 

            			newLeafNode(otherlv_3, grammarAccess.getRetentionPolicyAccess().getKeepKeyword_3());
            		
            // InternalRules.g:2363:3: ( (lv_period_4_0= ruleExpression ) )
            // InternalRules.g:2364:4: (lv_period_4_0= ruleExpression )
            {
            // InternalRules.g:2364:4: (lv_period_4_0= ruleExpression )
            // InternalRules.g:2365:5: lv_period_4_0= ruleExpression
            {

            					newCompositeNode(grammarAccess.getRetentionPolicyAccess().getPeriodExpressionParserRuleCall_4_0());
            				
            pushFollow(FOLLOW_53);
            lv_period_4_0=ruleExpression();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getRetentionPolicyRule());
            					}
            					set(
            						current,
            						"period",
            						lv_period_4_0,
            						"io.processware.rules.Rules.Expression");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalRules.g:2382:3: (otherlv_5= 'then' ( (lv_disposal_6_0= ruleDisposal ) ) )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==23) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalRules.g:2383:4: otherlv_5= 'then' ( (lv_disposal_6_0= ruleDisposal ) )
                    {
                    otherlv_5=(Token)match(input,23,FOLLOW_54); 

                    				newLeafNode(otherlv_5, grammarAccess.getRetentionPolicyAccess().getThenKeyword_5_0());
                    			
                    // InternalRules.g:2387:4: ( (lv_disposal_6_0= ruleDisposal ) )
                    // InternalRules.g:2388:5: (lv_disposal_6_0= ruleDisposal )
                    {
                    // InternalRules.g:2388:5: (lv_disposal_6_0= ruleDisposal )
                    // InternalRules.g:2389:6: lv_disposal_6_0= ruleDisposal
                    {

                    						newCompositeNode(grammarAccess.getRetentionPolicyAccess().getDisposalDisposalEnumRuleCall_5_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_disposal_6_0=ruleDisposal();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getRetentionPolicyRule());
                    						}
                    						set(
                    							current,
                    							"disposal",
                    							lv_disposal_6_0,
                    							"io.processware.rules.Rules.Disposal");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRetentionPolicy"


    // $ANTLR start "entryRuleResidencyPolicy"
    // InternalRules.g:2411:1: entryRuleResidencyPolicy returns [EObject current=null] : iv_ruleResidencyPolicy= ruleResidencyPolicy EOF ;
    public final EObject entryRuleResidencyPolicy() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleResidencyPolicy = null;


        try {
            // InternalRules.g:2411:56: (iv_ruleResidencyPolicy= ruleResidencyPolicy EOF )
            // InternalRules.g:2412:2: iv_ruleResidencyPolicy= ruleResidencyPolicy EOF
            {
             newCompositeNode(grammarAccess.getResidencyPolicyRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleResidencyPolicy=ruleResidencyPolicy();

            state._fsp--;

             current =iv_ruleResidencyPolicy; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleResidencyPolicy"


    // $ANTLR start "ruleResidencyPolicy"
    // InternalRules.g:2418:1: ruleResidencyPolicy returns [EObject current=null] : (otherlv_0= 'residency' otherlv_1= 'of' ( ( ruleQualifiedName ) ) otherlv_3= 'in' ( (lv_regions_4_0= RULE_STRING ) ) (otherlv_5= ',' ( (lv_regions_6_0= RULE_STRING ) ) )* ) ;
    public final EObject ruleResidencyPolicy() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        Token lv_regions_4_0=null;
        Token otherlv_5=null;
        Token lv_regions_6_0=null;


        	enterRule();

        try {
            // InternalRules.g:2424:2: ( (otherlv_0= 'residency' otherlv_1= 'of' ( ( ruleQualifiedName ) ) otherlv_3= 'in' ( (lv_regions_4_0= RULE_STRING ) ) (otherlv_5= ',' ( (lv_regions_6_0= RULE_STRING ) ) )* ) )
            // InternalRules.g:2425:2: (otherlv_0= 'residency' otherlv_1= 'of' ( ( ruleQualifiedName ) ) otherlv_3= 'in' ( (lv_regions_4_0= RULE_STRING ) ) (otherlv_5= ',' ( (lv_regions_6_0= RULE_STRING ) ) )* )
            {
            // InternalRules.g:2425:2: (otherlv_0= 'residency' otherlv_1= 'of' ( ( ruleQualifiedName ) ) otherlv_3= 'in' ( (lv_regions_4_0= RULE_STRING ) ) (otherlv_5= ',' ( (lv_regions_6_0= RULE_STRING ) ) )* )
            // InternalRules.g:2426:3: otherlv_0= 'residency' otherlv_1= 'of' ( ( ruleQualifiedName ) ) otherlv_3= 'in' ( (lv_regions_4_0= RULE_STRING ) ) (otherlv_5= ',' ( (lv_regions_6_0= RULE_STRING ) ) )*
            {
            otherlv_0=(Token)match(input,67,FOLLOW_13); 

            			newLeafNode(otherlv_0, grammarAccess.getResidencyPolicyAccess().getResidencyKeyword_0());
            		
            otherlv_1=(Token)match(input,18,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getResidencyPolicyAccess().getOfKeyword_1());
            		
            // InternalRules.g:2434:3: ( ( ruleQualifiedName ) )
            // InternalRules.g:2435:4: ( ruleQualifiedName )
            {
            // InternalRules.g:2435:4: ( ruleQualifiedName )
            // InternalRules.g:2436:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getResidencyPolicyRule());
            					}
            				

            					newCompositeNode(grammarAccess.getResidencyPolicyAccess().getTargetNamedElementCrossReference_2_0());
            				
            pushFollow(FOLLOW_55);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_3=(Token)match(input,68,FOLLOW_6); 

            			newLeafNode(otherlv_3, grammarAccess.getResidencyPolicyAccess().getInKeyword_3());
            		
            // InternalRules.g:2454:3: ( (lv_regions_4_0= RULE_STRING ) )
            // InternalRules.g:2455:4: (lv_regions_4_0= RULE_STRING )
            {
            // InternalRules.g:2455:4: (lv_regions_4_0= RULE_STRING )
            // InternalRules.g:2456:5: lv_regions_4_0= RULE_STRING
            {
            lv_regions_4_0=(Token)match(input,RULE_STRING,FOLLOW_41); 

            					newLeafNode(lv_regions_4_0, grammarAccess.getResidencyPolicyAccess().getRegionsSTRINGTerminalRuleCall_4_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getResidencyPolicyRule());
            					}
            					addWithLastConsumed(
            						current,
            						"regions",
            						lv_regions_4_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalRules.g:2472:3: (otherlv_5= ',' ( (lv_regions_6_0= RULE_STRING ) ) )*
            loop36:
            do {
                int alt36=2;
                int LA36_0 = input.LA(1);

                if ( (LA36_0==42) ) {
                    alt36=1;
                }


                switch (alt36) {
            	case 1 :
            	    // InternalRules.g:2473:4: otherlv_5= ',' ( (lv_regions_6_0= RULE_STRING ) )
            	    {
            	    otherlv_5=(Token)match(input,42,FOLLOW_6); 

            	    				newLeafNode(otherlv_5, grammarAccess.getResidencyPolicyAccess().getCommaKeyword_5_0());
            	    			
            	    // InternalRules.g:2477:4: ( (lv_regions_6_0= RULE_STRING ) )
            	    // InternalRules.g:2478:5: (lv_regions_6_0= RULE_STRING )
            	    {
            	    // InternalRules.g:2478:5: (lv_regions_6_0= RULE_STRING )
            	    // InternalRules.g:2479:6: lv_regions_6_0= RULE_STRING
            	    {
            	    lv_regions_6_0=(Token)match(input,RULE_STRING,FOLLOW_41); 

            	    						newLeafNode(lv_regions_6_0, grammarAccess.getResidencyPolicyAccess().getRegionsSTRINGTerminalRuleCall_5_1_0());
            	    					

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getResidencyPolicyRule());
            	    						}
            	    						addWithLastConsumed(
            	    							current,
            	    							"regions",
            	    							lv_regions_6_0,
            	    							"org.eclipse.xtext.common.Terminals.STRING");
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop36;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleResidencyPolicy"


    // $ANTLR start "entryRuleAccessPolicy"
    // InternalRules.g:2500:1: entryRuleAccessPolicy returns [EObject current=null] : iv_ruleAccessPolicy= ruleAccessPolicy EOF ;
    public final EObject entryRuleAccessPolicy() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAccessPolicy = null;


        try {
            // InternalRules.g:2500:53: (iv_ruleAccessPolicy= ruleAccessPolicy EOF )
            // InternalRules.g:2501:2: iv_ruleAccessPolicy= ruleAccessPolicy EOF
            {
             newCompositeNode(grammarAccess.getAccessPolicyRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAccessPolicy=ruleAccessPolicy();

            state._fsp--;

             current =iv_ruleAccessPolicy; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAccessPolicy"


    // $ANTLR start "ruleAccessPolicy"
    // InternalRules.g:2507:1: ruleAccessPolicy returns [EObject current=null] : (otherlv_0= 'access' ( ( ruleQualifiedName ) ) otherlv_2= 'may' ( (lv_actions_3_0= rulePermissionAction ) ) (otherlv_4= ',' ( (lv_actions_5_0= rulePermissionAction ) ) )* otherlv_6= 'on' ( ( ruleQualifiedName ) ) ) ;
    public final EObject ruleAccessPolicy() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Enumerator lv_actions_3_0 = null;

        Enumerator lv_actions_5_0 = null;



        	enterRule();

        try {
            // InternalRules.g:2513:2: ( (otherlv_0= 'access' ( ( ruleQualifiedName ) ) otherlv_2= 'may' ( (lv_actions_3_0= rulePermissionAction ) ) (otherlv_4= ',' ( (lv_actions_5_0= rulePermissionAction ) ) )* otherlv_6= 'on' ( ( ruleQualifiedName ) ) ) )
            // InternalRules.g:2514:2: (otherlv_0= 'access' ( ( ruleQualifiedName ) ) otherlv_2= 'may' ( (lv_actions_3_0= rulePermissionAction ) ) (otherlv_4= ',' ( (lv_actions_5_0= rulePermissionAction ) ) )* otherlv_6= 'on' ( ( ruleQualifiedName ) ) )
            {
            // InternalRules.g:2514:2: (otherlv_0= 'access' ( ( ruleQualifiedName ) ) otherlv_2= 'may' ( (lv_actions_3_0= rulePermissionAction ) ) (otherlv_4= ',' ( (lv_actions_5_0= rulePermissionAction ) ) )* otherlv_6= 'on' ( ( ruleQualifiedName ) ) )
            // InternalRules.g:2515:3: otherlv_0= 'access' ( ( ruleQualifiedName ) ) otherlv_2= 'may' ( (lv_actions_3_0= rulePermissionAction ) ) (otherlv_4= ',' ( (lv_actions_5_0= rulePermissionAction ) ) )* otherlv_6= 'on' ( ( ruleQualifiedName ) )
            {
            otherlv_0=(Token)match(input,69,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getAccessPolicyAccess().getAccessKeyword_0());
            		
            // InternalRules.g:2519:3: ( ( ruleQualifiedName ) )
            // InternalRules.g:2520:4: ( ruleQualifiedName )
            {
            // InternalRules.g:2520:4: ( ruleQualifiedName )
            // InternalRules.g:2521:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getAccessPolicyRule());
            					}
            				

            					newCompositeNode(grammarAccess.getAccessPolicyAccess().getRoleRoleCrossReference_1_0());
            				
            pushFollow(FOLLOW_56);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,70,FOLLOW_57); 

            			newLeafNode(otherlv_2, grammarAccess.getAccessPolicyAccess().getMayKeyword_2());
            		
            // InternalRules.g:2539:3: ( (lv_actions_3_0= rulePermissionAction ) )
            // InternalRules.g:2540:4: (lv_actions_3_0= rulePermissionAction )
            {
            // InternalRules.g:2540:4: (lv_actions_3_0= rulePermissionAction )
            // InternalRules.g:2541:5: lv_actions_3_0= rulePermissionAction
            {

            					newCompositeNode(grammarAccess.getAccessPolicyAccess().getActionsPermissionActionEnumRuleCall_3_0());
            				
            pushFollow(FOLLOW_58);
            lv_actions_3_0=rulePermissionAction();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getAccessPolicyRule());
            					}
            					add(
            						current,
            						"actions",
            						lv_actions_3_0,
            						"io.processware.rules.Rules.PermissionAction");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalRules.g:2558:3: (otherlv_4= ',' ( (lv_actions_5_0= rulePermissionAction ) ) )*
            loop37:
            do {
                int alt37=2;
                int LA37_0 = input.LA(1);

                if ( (LA37_0==42) ) {
                    alt37=1;
                }


                switch (alt37) {
            	case 1 :
            	    // InternalRules.g:2559:4: otherlv_4= ',' ( (lv_actions_5_0= rulePermissionAction ) )
            	    {
            	    otherlv_4=(Token)match(input,42,FOLLOW_57); 

            	    				newLeafNode(otherlv_4, grammarAccess.getAccessPolicyAccess().getCommaKeyword_4_0());
            	    			
            	    // InternalRules.g:2563:4: ( (lv_actions_5_0= rulePermissionAction ) )
            	    // InternalRules.g:2564:5: (lv_actions_5_0= rulePermissionAction )
            	    {
            	    // InternalRules.g:2564:5: (lv_actions_5_0= rulePermissionAction )
            	    // InternalRules.g:2565:6: lv_actions_5_0= rulePermissionAction
            	    {

            	    						newCompositeNode(grammarAccess.getAccessPolicyAccess().getActionsPermissionActionEnumRuleCall_4_1_0());
            	    					
            	    pushFollow(FOLLOW_58);
            	    lv_actions_5_0=rulePermissionAction();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getAccessPolicyRule());
            	    						}
            	    						add(
            	    							current,
            	    							"actions",
            	    							lv_actions_5_0,
            	    							"io.processware.rules.Rules.PermissionAction");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop37;
                }
            } while (true);

            otherlv_6=(Token)match(input,71,FOLLOW_3); 

            			newLeafNode(otherlv_6, grammarAccess.getAccessPolicyAccess().getOnKeyword_5());
            		
            // InternalRules.g:2587:3: ( ( ruleQualifiedName ) )
            // InternalRules.g:2588:4: ( ruleQualifiedName )
            {
            // InternalRules.g:2588:4: ( ruleQualifiedName )
            // InternalRules.g:2589:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getAccessPolicyRule());
            					}
            				

            					newCompositeNode(grammarAccess.getAccessPolicyAccess().getTargetNamedElementCrossReference_6_0());
            				
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAccessPolicy"


    // $ANTLR start "entryRuleBudgetPolicy"
    // InternalRules.g:2607:1: entryRuleBudgetPolicy returns [EObject current=null] : iv_ruleBudgetPolicy= ruleBudgetPolicy EOF ;
    public final EObject entryRuleBudgetPolicy() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBudgetPolicy = null;


        try {
            // InternalRules.g:2607:53: (iv_ruleBudgetPolicy= ruleBudgetPolicy EOF )
            // InternalRules.g:2608:2: iv_ruleBudgetPolicy= ruleBudgetPolicy EOF
            {
             newCompositeNode(grammarAccess.getBudgetPolicyRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBudgetPolicy=ruleBudgetPolicy();

            state._fsp--;

             current =iv_ruleBudgetPolicy; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBudgetPolicy"


    // $ANTLR start "ruleBudgetPolicy"
    // InternalRules.g:2614:1: ruleBudgetPolicy returns [EObject current=null] : (otherlv_0= 'budget' otherlv_1= 'for' ( ( ruleQualifiedName ) ) otherlv_3= 'monthly' ( (lv_amount_4_0= ruleExpression ) ) (otherlv_5= 'alert' otherlv_6= 'at' ( (lv_alertPercent_7_0= RULE_INT ) ) otherlv_8= '%' )? ) ;
    public final EObject ruleBudgetPolicy() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_6=null;
        Token lv_alertPercent_7_0=null;
        Token otherlv_8=null;
        EObject lv_amount_4_0 = null;



        	enterRule();

        try {
            // InternalRules.g:2620:2: ( (otherlv_0= 'budget' otherlv_1= 'for' ( ( ruleQualifiedName ) ) otherlv_3= 'monthly' ( (lv_amount_4_0= ruleExpression ) ) (otherlv_5= 'alert' otherlv_6= 'at' ( (lv_alertPercent_7_0= RULE_INT ) ) otherlv_8= '%' )? ) )
            // InternalRules.g:2621:2: (otherlv_0= 'budget' otherlv_1= 'for' ( ( ruleQualifiedName ) ) otherlv_3= 'monthly' ( (lv_amount_4_0= ruleExpression ) ) (otherlv_5= 'alert' otherlv_6= 'at' ( (lv_alertPercent_7_0= RULE_INT ) ) otherlv_8= '%' )? )
            {
            // InternalRules.g:2621:2: (otherlv_0= 'budget' otherlv_1= 'for' ( ( ruleQualifiedName ) ) otherlv_3= 'monthly' ( (lv_amount_4_0= ruleExpression ) ) (otherlv_5= 'alert' otherlv_6= 'at' ( (lv_alertPercent_7_0= RULE_INT ) ) otherlv_8= '%' )? )
            // InternalRules.g:2622:3: otherlv_0= 'budget' otherlv_1= 'for' ( ( ruleQualifiedName ) ) otherlv_3= 'monthly' ( (lv_amount_4_0= ruleExpression ) ) (otherlv_5= 'alert' otherlv_6= 'at' ( (lv_alertPercent_7_0= RULE_INT ) ) otherlv_8= '%' )?
            {
            otherlv_0=(Token)match(input,72,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getBudgetPolicyAccess().getBudgetKeyword_0());
            		
            otherlv_1=(Token)match(input,20,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getBudgetPolicyAccess().getForKeyword_1());
            		
            // InternalRules.g:2630:3: ( ( ruleQualifiedName ) )
            // InternalRules.g:2631:4: ( ruleQualifiedName )
            {
            // InternalRules.g:2631:4: ( ruleQualifiedName )
            // InternalRules.g:2632:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getBudgetPolicyRule());
            					}
            				

            					newCompositeNode(grammarAccess.getBudgetPolicyAccess().getEnvironmentEnvironmentCrossReference_2_0());
            				
            pushFollow(FOLLOW_59);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_3=(Token)match(input,73,FOLLOW_11); 

            			newLeafNode(otherlv_3, grammarAccess.getBudgetPolicyAccess().getMonthlyKeyword_3());
            		
            // InternalRules.g:2650:3: ( (lv_amount_4_0= ruleExpression ) )
            // InternalRules.g:2651:4: (lv_amount_4_0= ruleExpression )
            {
            // InternalRules.g:2651:4: (lv_amount_4_0= ruleExpression )
            // InternalRules.g:2652:5: lv_amount_4_0= ruleExpression
            {

            					newCompositeNode(grammarAccess.getBudgetPolicyAccess().getAmountExpressionParserRuleCall_4_0());
            				
            pushFollow(FOLLOW_60);
            lv_amount_4_0=ruleExpression();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getBudgetPolicyRule());
            					}
            					set(
            						current,
            						"amount",
            						lv_amount_4_0,
            						"io.processware.rules.Rules.Expression");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalRules.g:2669:3: (otherlv_5= 'alert' otherlv_6= 'at' ( (lv_alertPercent_7_0= RULE_INT ) ) otherlv_8= '%' )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==74) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalRules.g:2670:4: otherlv_5= 'alert' otherlv_6= 'at' ( (lv_alertPercent_7_0= RULE_INT ) ) otherlv_8= '%'
                    {
                    otherlv_5=(Token)match(input,74,FOLLOW_61); 

                    				newLeafNode(otherlv_5, grammarAccess.getBudgetPolicyAccess().getAlertKeyword_5_0());
                    			
                    otherlv_6=(Token)match(input,75,FOLLOW_16); 

                    				newLeafNode(otherlv_6, grammarAccess.getBudgetPolicyAccess().getAtKeyword_5_1());
                    			
                    // InternalRules.g:2678:4: ( (lv_alertPercent_7_0= RULE_INT ) )
                    // InternalRules.g:2679:5: (lv_alertPercent_7_0= RULE_INT )
                    {
                    // InternalRules.g:2679:5: (lv_alertPercent_7_0= RULE_INT )
                    // InternalRules.g:2680:6: lv_alertPercent_7_0= RULE_INT
                    {
                    lv_alertPercent_7_0=(Token)match(input,RULE_INT,FOLLOW_62); 

                    						newLeafNode(lv_alertPercent_7_0, grammarAccess.getBudgetPolicyAccess().getAlertPercentINTTerminalRuleCall_5_2_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getBudgetPolicyRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"alertPercent",
                    							lv_alertPercent_7_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }

                    otherlv_8=(Token)match(input,76,FOLLOW_2); 

                    				newLeafNode(otherlv_8, grammarAccess.getBudgetPolicyAccess().getPercentSignKeyword_5_3());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBudgetPolicy"


    // $ANTLR start "entryRuleLlmSlot"
    // InternalRules.g:2705:1: entryRuleLlmSlot returns [EObject current=null] : iv_ruleLlmSlot= ruleLlmSlot EOF ;
    public final EObject entryRuleLlmSlot() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleLlmSlot = null;


        try {
            // InternalRules.g:2705:48: (iv_ruleLlmSlot= ruleLlmSlot EOF )
            // InternalRules.g:2706:2: iv_ruleLlmSlot= ruleLlmSlot EOF
            {
             newCompositeNode(grammarAccess.getLlmSlotRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleLlmSlot=ruleLlmSlot();

            state._fsp--;

             current =iv_ruleLlmSlot; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleLlmSlot"


    // $ANTLR start "ruleLlmSlot"
    // InternalRules.g:2712:1: ruleLlmSlot returns [EObject current=null] : (otherlv_0= 'variable' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'prompt' ( (lv_prompt_5_0= RULE_STRING ) ) (otherlv_6= 'using' ( (lv_inputs_7_0= ruleSlotInput ) ) (otherlv_8= ',' ( (lv_inputs_9_0= ruleSlotInput ) ) )* )? ( (lv_schema_10_0= ruleOutputSchema ) )? (otherlv_11= 'confidence' ( (lv_minimumConfidence_12_0= ruleDecimal ) ) )? (otherlv_13= 'otherwise' ( (lv_fallback_14_0= ruleFallback ) ) )? ) ;
    public final EObject ruleLlmSlot() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_prompt_5_0=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token otherlv_11=null;
        Token otherlv_13=null;
        EObject lv_inputs_7_0 = null;

        EObject lv_inputs_9_0 = null;

        EObject lv_schema_10_0 = null;

        AntlrDatatypeRuleToken lv_minimumConfidence_12_0 = null;

        Enumerator lv_fallback_14_0 = null;



        	enterRule();

        try {
            // InternalRules.g:2718:2: ( (otherlv_0= 'variable' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'prompt' ( (lv_prompt_5_0= RULE_STRING ) ) (otherlv_6= 'using' ( (lv_inputs_7_0= ruleSlotInput ) ) (otherlv_8= ',' ( (lv_inputs_9_0= ruleSlotInput ) ) )* )? ( (lv_schema_10_0= ruleOutputSchema ) )? (otherlv_11= 'confidence' ( (lv_minimumConfidence_12_0= ruleDecimal ) ) )? (otherlv_13= 'otherwise' ( (lv_fallback_14_0= ruleFallback ) ) )? ) )
            // InternalRules.g:2719:2: (otherlv_0= 'variable' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'prompt' ( (lv_prompt_5_0= RULE_STRING ) ) (otherlv_6= 'using' ( (lv_inputs_7_0= ruleSlotInput ) ) (otherlv_8= ',' ( (lv_inputs_9_0= ruleSlotInput ) ) )* )? ( (lv_schema_10_0= ruleOutputSchema ) )? (otherlv_11= 'confidence' ( (lv_minimumConfidence_12_0= ruleDecimal ) ) )? (otherlv_13= 'otherwise' ( (lv_fallback_14_0= ruleFallback ) ) )? )
            {
            // InternalRules.g:2719:2: (otherlv_0= 'variable' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'prompt' ( (lv_prompt_5_0= RULE_STRING ) ) (otherlv_6= 'using' ( (lv_inputs_7_0= ruleSlotInput ) ) (otherlv_8= ',' ( (lv_inputs_9_0= ruleSlotInput ) ) )* )? ( (lv_schema_10_0= ruleOutputSchema ) )? (otherlv_11= 'confidence' ( (lv_minimumConfidence_12_0= ruleDecimal ) ) )? (otherlv_13= 'otherwise' ( (lv_fallback_14_0= ruleFallback ) ) )? )
            // InternalRules.g:2720:3: otherlv_0= 'variable' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )? otherlv_4= 'prompt' ( (lv_prompt_5_0= RULE_STRING ) ) (otherlv_6= 'using' ( (lv_inputs_7_0= ruleSlotInput ) ) (otherlv_8= ',' ( (lv_inputs_9_0= ruleSlotInput ) ) )* )? ( (lv_schema_10_0= ruleOutputSchema ) )? (otherlv_11= 'confidence' ( (lv_minimumConfidence_12_0= ruleDecimal ) ) )? (otherlv_13= 'otherwise' ( (lv_fallback_14_0= ruleFallback ) ) )?
            {
            otherlv_0=(Token)match(input,77,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getLlmSlotAccess().getVariableKeyword_0());
            		
            // InternalRules.g:2724:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalRules.g:2725:4: (lv_name_1_0= RULE_ID )
            {
            // InternalRules.g:2725:4: (lv_name_1_0= RULE_ID )
            // InternalRules.g:2726:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_63); 

            					newLeafNode(lv_name_1_0, grammarAccess.getLlmSlotAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getLlmSlotRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"io.processware.rules.Rules.ID");
            				

            }


            }

            // InternalRules.g:2742:3: (otherlv_2= 'for' ( ( ruleQualifiedName ) ) )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==20) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalRules.g:2743:4: otherlv_2= 'for' ( ( ruleQualifiedName ) )
                    {
                    otherlv_2=(Token)match(input,20,FOLLOW_3); 

                    				newLeafNode(otherlv_2, grammarAccess.getLlmSlotAccess().getForKeyword_2_0());
                    			
                    // InternalRules.g:2747:4: ( ( ruleQualifiedName ) )
                    // InternalRules.g:2748:5: ( ruleQualifiedName )
                    {
                    // InternalRules.g:2748:5: ( ruleQualifiedName )
                    // InternalRules.g:2749:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getLlmSlotRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getLlmSlotAccess().getTaskTaskCrossReference_2_1_0());
                    					
                    pushFollow(FOLLOW_64);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            otherlv_4=(Token)match(input,78,FOLLOW_6); 

            			newLeafNode(otherlv_4, grammarAccess.getLlmSlotAccess().getPromptKeyword_3());
            		
            // InternalRules.g:2768:3: ( (lv_prompt_5_0= RULE_STRING ) )
            // InternalRules.g:2769:4: (lv_prompt_5_0= RULE_STRING )
            {
            // InternalRules.g:2769:4: (lv_prompt_5_0= RULE_STRING )
            // InternalRules.g:2770:5: lv_prompt_5_0= RULE_STRING
            {
            lv_prompt_5_0=(Token)match(input,RULE_STRING,FOLLOW_65); 

            					newLeafNode(lv_prompt_5_0, grammarAccess.getLlmSlotAccess().getPromptSTRINGTerminalRuleCall_4_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getLlmSlotRule());
            					}
            					setWithLastConsumed(
            						current,
            						"prompt",
            						lv_prompt_5_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalRules.g:2786:3: (otherlv_6= 'using' ( (lv_inputs_7_0= ruleSlotInput ) ) (otherlv_8= ',' ( (lv_inputs_9_0= ruleSlotInput ) ) )* )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==79) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalRules.g:2787:4: otherlv_6= 'using' ( (lv_inputs_7_0= ruleSlotInput ) ) (otherlv_8= ',' ( (lv_inputs_9_0= ruleSlotInput ) ) )*
                    {
                    otherlv_6=(Token)match(input,79,FOLLOW_3); 

                    				newLeafNode(otherlv_6, grammarAccess.getLlmSlotAccess().getUsingKeyword_5_0());
                    			
                    // InternalRules.g:2791:4: ( (lv_inputs_7_0= ruleSlotInput ) )
                    // InternalRules.g:2792:5: (lv_inputs_7_0= ruleSlotInput )
                    {
                    // InternalRules.g:2792:5: (lv_inputs_7_0= ruleSlotInput )
                    // InternalRules.g:2793:6: lv_inputs_7_0= ruleSlotInput
                    {

                    						newCompositeNode(grammarAccess.getLlmSlotAccess().getInputsSlotInputParserRuleCall_5_1_0());
                    					
                    pushFollow(FOLLOW_66);
                    lv_inputs_7_0=ruleSlotInput();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getLlmSlotRule());
                    						}
                    						add(
                    							current,
                    							"inputs",
                    							lv_inputs_7_0,
                    							"io.processware.rules.Rules.SlotInput");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalRules.g:2810:4: (otherlv_8= ',' ( (lv_inputs_9_0= ruleSlotInput ) ) )*
                    loop40:
                    do {
                        int alt40=2;
                        int LA40_0 = input.LA(1);

                        if ( (LA40_0==42) ) {
                            alt40=1;
                        }


                        switch (alt40) {
                    	case 1 :
                    	    // InternalRules.g:2811:5: otherlv_8= ',' ( (lv_inputs_9_0= ruleSlotInput ) )
                    	    {
                    	    otherlv_8=(Token)match(input,42,FOLLOW_3); 

                    	    					newLeafNode(otherlv_8, grammarAccess.getLlmSlotAccess().getCommaKeyword_5_2_0());
                    	    				
                    	    // InternalRules.g:2815:5: ( (lv_inputs_9_0= ruleSlotInput ) )
                    	    // InternalRules.g:2816:6: (lv_inputs_9_0= ruleSlotInput )
                    	    {
                    	    // InternalRules.g:2816:6: (lv_inputs_9_0= ruleSlotInput )
                    	    // InternalRules.g:2817:7: lv_inputs_9_0= ruleSlotInput
                    	    {

                    	    							newCompositeNode(grammarAccess.getLlmSlotAccess().getInputsSlotInputParserRuleCall_5_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_66);
                    	    lv_inputs_9_0=ruleSlotInput();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getLlmSlotRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"inputs",
                    	    								lv_inputs_9_0,
                    	    								"io.processware.rules.Rules.SlotInput");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop40;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalRules.g:2836:3: ( (lv_schema_10_0= ruleOutputSchema ) )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==81) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalRules.g:2837:4: (lv_schema_10_0= ruleOutputSchema )
                    {
                    // InternalRules.g:2837:4: (lv_schema_10_0= ruleOutputSchema )
                    // InternalRules.g:2838:5: lv_schema_10_0= ruleOutputSchema
                    {

                    					newCompositeNode(grammarAccess.getLlmSlotAccess().getSchemaOutputSchemaParserRuleCall_6_0());
                    				
                    pushFollow(FOLLOW_67);
                    lv_schema_10_0=ruleOutputSchema();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getLlmSlotRule());
                    					}
                    					set(
                    						current,
                    						"schema",
                    						lv_schema_10_0,
                    						"io.processware.rules.Rules.OutputSchema");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalRules.g:2855:3: (otherlv_11= 'confidence' ( (lv_minimumConfidence_12_0= ruleDecimal ) ) )?
            int alt43=2;
            int LA43_0 = input.LA(1);

            if ( (LA43_0==80) ) {
                alt43=1;
            }
            switch (alt43) {
                case 1 :
                    // InternalRules.g:2856:4: otherlv_11= 'confidence' ( (lv_minimumConfidence_12_0= ruleDecimal ) )
                    {
                    otherlv_11=(Token)match(input,80,FOLLOW_16); 

                    				newLeafNode(otherlv_11, grammarAccess.getLlmSlotAccess().getConfidenceKeyword_7_0());
                    			
                    // InternalRules.g:2860:4: ( (lv_minimumConfidence_12_0= ruleDecimal ) )
                    // InternalRules.g:2861:5: (lv_minimumConfidence_12_0= ruleDecimal )
                    {
                    // InternalRules.g:2861:5: (lv_minimumConfidence_12_0= ruleDecimal )
                    // InternalRules.g:2862:6: lv_minimumConfidence_12_0= ruleDecimal
                    {

                    						newCompositeNode(grammarAccess.getLlmSlotAccess().getMinimumConfidenceDecimalParserRuleCall_7_1_0());
                    					
                    pushFollow(FOLLOW_68);
                    lv_minimumConfidence_12_0=ruleDecimal();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getLlmSlotRule());
                    						}
                    						set(
                    							current,
                    							"minimumConfidence",
                    							lv_minimumConfidence_12_0,
                    							"io.processware.rules.Rules.Decimal");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalRules.g:2880:3: (otherlv_13= 'otherwise' ( (lv_fallback_14_0= ruleFallback ) ) )?
            int alt44=2;
            int LA44_0 = input.LA(1);

            if ( (LA44_0==32) ) {
                alt44=1;
            }
            switch (alt44) {
                case 1 :
                    // InternalRules.g:2881:4: otherlv_13= 'otherwise' ( (lv_fallback_14_0= ruleFallback ) )
                    {
                    otherlv_13=(Token)match(input,32,FOLLOW_69); 

                    				newLeafNode(otherlv_13, grammarAccess.getLlmSlotAccess().getOtherwiseKeyword_8_0());
                    			
                    // InternalRules.g:2885:4: ( (lv_fallback_14_0= ruleFallback ) )
                    // InternalRules.g:2886:5: (lv_fallback_14_0= ruleFallback )
                    {
                    // InternalRules.g:2886:5: (lv_fallback_14_0= ruleFallback )
                    // InternalRules.g:2887:6: lv_fallback_14_0= ruleFallback
                    {

                    						newCompositeNode(grammarAccess.getLlmSlotAccess().getFallbackFallbackEnumRuleCall_8_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_fallback_14_0=ruleFallback();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getLlmSlotRule());
                    						}
                    						set(
                    							current,
                    							"fallback",
                    							lv_fallback_14_0,
                    							"io.processware.rules.Rules.Fallback");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleLlmSlot"


    // $ANTLR start "entryRuleSlotInput"
    // InternalRules.g:2909:1: entryRuleSlotInput returns [EObject current=null] : iv_ruleSlotInput= ruleSlotInput EOF ;
    public final EObject entryRuleSlotInput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSlotInput = null;


        try {
            // InternalRules.g:2909:50: (iv_ruleSlotInput= ruleSlotInput EOF )
            // InternalRules.g:2910:2: iv_ruleSlotInput= ruleSlotInput EOF
            {
             newCompositeNode(grammarAccess.getSlotInputRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSlotInput=ruleSlotInput();

            state._fsp--;

             current =iv_ruleSlotInput; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSlotInput"


    // $ANTLR start "ruleSlotInput"
    // InternalRules.g:2916:1: ruleSlotInput returns [EObject current=null] : ( ( (lv_name_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleExpression ) ) ) ;
    public final EObject ruleSlotInput() throws RecognitionException {
        EObject current = null;

        Token lv_name_0_0=null;
        Token otherlv_1=null;
        EObject lv_value_2_0 = null;



        	enterRule();

        try {
            // InternalRules.g:2922:2: ( ( ( (lv_name_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleExpression ) ) ) )
            // InternalRules.g:2923:2: ( ( (lv_name_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleExpression ) ) )
            {
            // InternalRules.g:2923:2: ( ( (lv_name_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleExpression ) ) )
            // InternalRules.g:2924:3: ( (lv_name_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleExpression ) )
            {
            // InternalRules.g:2924:3: ( (lv_name_0_0= RULE_ID ) )
            // InternalRules.g:2925:4: (lv_name_0_0= RULE_ID )
            {
            // InternalRules.g:2925:4: (lv_name_0_0= RULE_ID )
            // InternalRules.g:2926:5: lv_name_0_0= RULE_ID
            {
            lv_name_0_0=(Token)match(input,RULE_ID,FOLLOW_10); 

            					newLeafNode(lv_name_0_0, grammarAccess.getSlotInputAccess().getNameIDTerminalRuleCall_0_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getSlotInputRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_0_0,
            						"io.processware.rules.Rules.ID");
            				

            }


            }

            otherlv_1=(Token)match(input,16,FOLLOW_11); 

            			newLeafNode(otherlv_1, grammarAccess.getSlotInputAccess().getEqualsSignKeyword_1());
            		
            // InternalRules.g:2946:3: ( (lv_value_2_0= ruleExpression ) )
            // InternalRules.g:2947:4: (lv_value_2_0= ruleExpression )
            {
            // InternalRules.g:2947:4: (lv_value_2_0= ruleExpression )
            // InternalRules.g:2948:5: lv_value_2_0= ruleExpression
            {

            					newCompositeNode(grammarAccess.getSlotInputAccess().getValueExpressionParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_2);
            lv_value_2_0=ruleExpression();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSlotInputRule());
            					}
            					set(
            						current,
            						"value",
            						lv_value_2_0,
            						"io.processware.rules.Rules.Expression");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSlotInput"


    // $ANTLR start "entryRuleOutputSchema"
    // InternalRules.g:2969:1: entryRuleOutputSchema returns [EObject current=null] : iv_ruleOutputSchema= ruleOutputSchema EOF ;
    public final EObject entryRuleOutputSchema() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutputSchema = null;


        try {
            // InternalRules.g:2969:53: (iv_ruleOutputSchema= ruleOutputSchema EOF )
            // InternalRules.g:2970:2: iv_ruleOutputSchema= ruleOutputSchema EOF
            {
             newCompositeNode(grammarAccess.getOutputSchemaRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOutputSchema=ruleOutputSchema();

            state._fsp--;

             current =iv_ruleOutputSchema; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOutputSchema"


    // $ANTLR start "ruleOutputSchema"
    // InternalRules.g:2976:1: ruleOutputSchema returns [EObject current=null] : ( () otherlv_1= 'returns' otherlv_2= '{' ( (lv_fields_3_0= ruleSchemaField ) )* otherlv_4= '}' ) ;
    public final EObject ruleOutputSchema() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        EObject lv_fields_3_0 = null;



        	enterRule();

        try {
            // InternalRules.g:2982:2: ( ( () otherlv_1= 'returns' otherlv_2= '{' ( (lv_fields_3_0= ruleSchemaField ) )* otherlv_4= '}' ) )
            // InternalRules.g:2983:2: ( () otherlv_1= 'returns' otherlv_2= '{' ( (lv_fields_3_0= ruleSchemaField ) )* otherlv_4= '}' )
            {
            // InternalRules.g:2983:2: ( () otherlv_1= 'returns' otherlv_2= '{' ( (lv_fields_3_0= ruleSchemaField ) )* otherlv_4= '}' )
            // InternalRules.g:2984:3: () otherlv_1= 'returns' otherlv_2= '{' ( (lv_fields_3_0= ruleSchemaField ) )* otherlv_4= '}'
            {
            // InternalRules.g:2984:3: ()
            // InternalRules.g:2985:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getOutputSchemaAccess().getOutputSchemaAction_0(),
            					current);
            			

            }

            otherlv_1=(Token)match(input,81,FOLLOW_70); 

            			newLeafNode(otherlv_1, grammarAccess.getOutputSchemaAccess().getReturnsKeyword_1());
            		
            otherlv_2=(Token)match(input,82,FOLLOW_71); 

            			newLeafNode(otherlv_2, grammarAccess.getOutputSchemaAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalRules.g:2999:3: ( (lv_fields_3_0= ruleSchemaField ) )*
            loop45:
            do {
                int alt45=2;
                int LA45_0 = input.LA(1);

                if ( (LA45_0==RULE_ID) ) {
                    alt45=1;
                }


                switch (alt45) {
            	case 1 :
            	    // InternalRules.g:3000:4: (lv_fields_3_0= ruleSchemaField )
            	    {
            	    // InternalRules.g:3000:4: (lv_fields_3_0= ruleSchemaField )
            	    // InternalRules.g:3001:5: lv_fields_3_0= ruleSchemaField
            	    {

            	    					newCompositeNode(grammarAccess.getOutputSchemaAccess().getFieldsSchemaFieldParserRuleCall_3_0());
            	    				
            	    pushFollow(FOLLOW_71);
            	    lv_fields_3_0=ruleSchemaField();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOutputSchemaRule());
            	    					}
            	    					add(
            	    						current,
            	    						"fields",
            	    						lv_fields_3_0,
            	    						"io.processware.rules.Rules.SchemaField");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop45;
                }
            } while (true);

            otherlv_4=(Token)match(input,83,FOLLOW_2); 

            			newLeafNode(otherlv_4, grammarAccess.getOutputSchemaAccess().getRightCurlyBracketKeyword_4());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOutputSchema"


    // $ANTLR start "entryRuleSchemaField"
    // InternalRules.g:3026:1: entryRuleSchemaField returns [EObject current=null] : iv_ruleSchemaField= ruleSchemaField EOF ;
    public final EObject entryRuleSchemaField() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSchemaField = null;


        try {
            // InternalRules.g:3026:52: (iv_ruleSchemaField= ruleSchemaField EOF )
            // InternalRules.g:3027:2: iv_ruleSchemaField= ruleSchemaField EOF
            {
             newCompositeNode(grammarAccess.getSchemaFieldRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSchemaField=ruleSchemaField();

            state._fsp--;

             current =iv_ruleSchemaField; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSchemaField"


    // $ANTLR start "ruleSchemaField"
    // InternalRules.g:3033:1: ruleSchemaField returns [EObject current=null] : ( ( (lv_name_0_0= RULE_ID ) ) otherlv_1= ':' ( (lv_type_2_0= ruleType ) ) ) ;
    public final EObject ruleSchemaField() throws RecognitionException {
        EObject current = null;

        Token lv_name_0_0=null;
        Token otherlv_1=null;
        EObject lv_type_2_0 = null;



        	enterRule();

        try {
            // InternalRules.g:3039:2: ( ( ( (lv_name_0_0= RULE_ID ) ) otherlv_1= ':' ( (lv_type_2_0= ruleType ) ) ) )
            // InternalRules.g:3040:2: ( ( (lv_name_0_0= RULE_ID ) ) otherlv_1= ':' ( (lv_type_2_0= ruleType ) ) )
            {
            // InternalRules.g:3040:2: ( ( (lv_name_0_0= RULE_ID ) ) otherlv_1= ':' ( (lv_type_2_0= ruleType ) ) )
            // InternalRules.g:3041:3: ( (lv_name_0_0= RULE_ID ) ) otherlv_1= ':' ( (lv_type_2_0= ruleType ) )
            {
            // InternalRules.g:3041:3: ( (lv_name_0_0= RULE_ID ) )
            // InternalRules.g:3042:4: (lv_name_0_0= RULE_ID )
            {
            // InternalRules.g:3042:4: (lv_name_0_0= RULE_ID )
            // InternalRules.g:3043:5: lv_name_0_0= RULE_ID
            {
            lv_name_0_0=(Token)match(input,RULE_ID,FOLLOW_7); 

            					newLeafNode(lv_name_0_0, grammarAccess.getSchemaFieldAccess().getNameIDTerminalRuleCall_0_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getSchemaFieldRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_0_0,
            						"io.processware.rules.Rules.ID");
            				

            }


            }

            otherlv_1=(Token)match(input,14,FOLLOW_8); 

            			newLeafNode(otherlv_1, grammarAccess.getSchemaFieldAccess().getColonKeyword_1());
            		
            // InternalRules.g:3063:3: ( (lv_type_2_0= ruleType ) )
            // InternalRules.g:3064:4: (lv_type_2_0= ruleType )
            {
            // InternalRules.g:3064:4: (lv_type_2_0= ruleType )
            // InternalRules.g:3065:5: lv_type_2_0= ruleType
            {

            					newCompositeNode(grammarAccess.getSchemaFieldAccess().getTypeTypeParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_2);
            lv_type_2_0=ruleType();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSchemaFieldRule());
            					}
            					set(
            						current,
            						"type",
            						lv_type_2_0,
            						"io.processware.rules.Rules.Type");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSchemaField"


    // $ANTLR start "entryRuleExpression"
    // InternalRules.g:3086:1: entryRuleExpression returns [EObject current=null] : iv_ruleExpression= ruleExpression EOF ;
    public final EObject entryRuleExpression() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpression = null;


        try {
            // InternalRules.g:3086:51: (iv_ruleExpression= ruleExpression EOF )
            // InternalRules.g:3087:2: iv_ruleExpression= ruleExpression EOF
            {
             newCompositeNode(grammarAccess.getExpressionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExpression=ruleExpression();

            state._fsp--;

             current =iv_ruleExpression; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleExpression"


    // $ANTLR start "ruleExpression"
    // InternalRules.g:3093:1: ruleExpression returns [EObject current=null] : this_Or_0= ruleOr ;
    public final EObject ruleExpression() throws RecognitionException {
        EObject current = null;

        EObject this_Or_0 = null;



        	enterRule();

        try {
            // InternalRules.g:3099:2: (this_Or_0= ruleOr )
            // InternalRules.g:3100:2: this_Or_0= ruleOr
            {

            		newCompositeNode(grammarAccess.getExpressionAccess().getOrParserRuleCall());
            	
            pushFollow(FOLLOW_2);
            this_Or_0=ruleOr();

            state._fsp--;


            		current = this_Or_0;
            		afterParserOrEnumRuleCall();
            	

            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleExpression"


    // $ANTLR start "entryRuleOr"
    // InternalRules.g:3111:1: entryRuleOr returns [EObject current=null] : iv_ruleOr= ruleOr EOF ;
    public final EObject entryRuleOr() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOr = null;


        try {
            // InternalRules.g:3111:43: (iv_ruleOr= ruleOr EOF )
            // InternalRules.g:3112:2: iv_ruleOr= ruleOr EOF
            {
             newCompositeNode(grammarAccess.getOrRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOr=ruleOr();

            state._fsp--;

             current =iv_ruleOr; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOr"


    // $ANTLR start "ruleOr"
    // InternalRules.g:3118:1: ruleOr returns [EObject current=null] : (this_And_0= ruleAnd ( () ( (lv_op_2_0= 'or' ) ) ( (lv_right_3_0= ruleAnd ) ) )* ) ;
    public final EObject ruleOr() throws RecognitionException {
        EObject current = null;

        Token lv_op_2_0=null;
        EObject this_And_0 = null;

        EObject lv_right_3_0 = null;



        	enterRule();

        try {
            // InternalRules.g:3124:2: ( (this_And_0= ruleAnd ( () ( (lv_op_2_0= 'or' ) ) ( (lv_right_3_0= ruleAnd ) ) )* ) )
            // InternalRules.g:3125:2: (this_And_0= ruleAnd ( () ( (lv_op_2_0= 'or' ) ) ( (lv_right_3_0= ruleAnd ) ) )* )
            {
            // InternalRules.g:3125:2: (this_And_0= ruleAnd ( () ( (lv_op_2_0= 'or' ) ) ( (lv_right_3_0= ruleAnd ) ) )* )
            // InternalRules.g:3126:3: this_And_0= ruleAnd ( () ( (lv_op_2_0= 'or' ) ) ( (lv_right_3_0= ruleAnd ) ) )*
            {

            			newCompositeNode(grammarAccess.getOrAccess().getAndParserRuleCall_0());
            		
            pushFollow(FOLLOW_72);
            this_And_0=ruleAnd();

            state._fsp--;


            			current = this_And_0;
            			afterParserOrEnumRuleCall();
            		
            // InternalRules.g:3134:3: ( () ( (lv_op_2_0= 'or' ) ) ( (lv_right_3_0= ruleAnd ) ) )*
            loop46:
            do {
                int alt46=2;
                int LA46_0 = input.LA(1);

                if ( (LA46_0==84) ) {
                    alt46=1;
                }


                switch (alt46) {
            	case 1 :
            	    // InternalRules.g:3135:4: () ( (lv_op_2_0= 'or' ) ) ( (lv_right_3_0= ruleAnd ) )
            	    {
            	    // InternalRules.g:3135:4: ()
            	    // InternalRules.g:3136:5: 
            	    {

            	    					current = forceCreateModelElementAndSet(
            	    						grammarAccess.getOrAccess().getBinaryLeftAction_1_0(),
            	    						current);
            	    				

            	    }

            	    // InternalRules.g:3142:4: ( (lv_op_2_0= 'or' ) )
            	    // InternalRules.g:3143:5: (lv_op_2_0= 'or' )
            	    {
            	    // InternalRules.g:3143:5: (lv_op_2_0= 'or' )
            	    // InternalRules.g:3144:6: lv_op_2_0= 'or'
            	    {
            	    lv_op_2_0=(Token)match(input,84,FOLLOW_11); 

            	    						newLeafNode(lv_op_2_0, grammarAccess.getOrAccess().getOpOrKeyword_1_1_0());
            	    					

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getOrRule());
            	    						}
            	    						setWithLastConsumed(current, "op", lv_op_2_0, "or");
            	    					

            	    }


            	    }

            	    // InternalRules.g:3156:4: ( (lv_right_3_0= ruleAnd ) )
            	    // InternalRules.g:3157:5: (lv_right_3_0= ruleAnd )
            	    {
            	    // InternalRules.g:3157:5: (lv_right_3_0= ruleAnd )
            	    // InternalRules.g:3158:6: lv_right_3_0= ruleAnd
            	    {

            	    						newCompositeNode(grammarAccess.getOrAccess().getRightAndParserRuleCall_1_2_0());
            	    					
            	    pushFollow(FOLLOW_72);
            	    lv_right_3_0=ruleAnd();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getOrRule());
            	    						}
            	    						set(
            	    							current,
            	    							"right",
            	    							lv_right_3_0,
            	    							"io.processware.rules.Rules.And");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop46;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOr"


    // $ANTLR start "entryRuleAnd"
    // InternalRules.g:3180:1: entryRuleAnd returns [EObject current=null] : iv_ruleAnd= ruleAnd EOF ;
    public final EObject entryRuleAnd() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAnd = null;


        try {
            // InternalRules.g:3180:44: (iv_ruleAnd= ruleAnd EOF )
            // InternalRules.g:3181:2: iv_ruleAnd= ruleAnd EOF
            {
             newCompositeNode(grammarAccess.getAndRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAnd=ruleAnd();

            state._fsp--;

             current =iv_ruleAnd; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAnd"


    // $ANTLR start "ruleAnd"
    // InternalRules.g:3187:1: ruleAnd returns [EObject current=null] : (this_Not_0= ruleNot ( () ( (lv_op_2_0= 'and' ) ) ( (lv_right_3_0= ruleNot ) ) )* ) ;
    public final EObject ruleAnd() throws RecognitionException {
        EObject current = null;

        Token lv_op_2_0=null;
        EObject this_Not_0 = null;

        EObject lv_right_3_0 = null;



        	enterRule();

        try {
            // InternalRules.g:3193:2: ( (this_Not_0= ruleNot ( () ( (lv_op_2_0= 'and' ) ) ( (lv_right_3_0= ruleNot ) ) )* ) )
            // InternalRules.g:3194:2: (this_Not_0= ruleNot ( () ( (lv_op_2_0= 'and' ) ) ( (lv_right_3_0= ruleNot ) ) )* )
            {
            // InternalRules.g:3194:2: (this_Not_0= ruleNot ( () ( (lv_op_2_0= 'and' ) ) ( (lv_right_3_0= ruleNot ) ) )* )
            // InternalRules.g:3195:3: this_Not_0= ruleNot ( () ( (lv_op_2_0= 'and' ) ) ( (lv_right_3_0= ruleNot ) ) )*
            {

            			newCompositeNode(grammarAccess.getAndAccess().getNotParserRuleCall_0());
            		
            pushFollow(FOLLOW_73);
            this_Not_0=ruleNot();

            state._fsp--;


            			current = this_Not_0;
            			afterParserOrEnumRuleCall();
            		
            // InternalRules.g:3203:3: ( () ( (lv_op_2_0= 'and' ) ) ( (lv_right_3_0= ruleNot ) ) )*
            loop47:
            do {
                int alt47=2;
                int LA47_0 = input.LA(1);

                if ( (LA47_0==85) ) {
                    alt47=1;
                }


                switch (alt47) {
            	case 1 :
            	    // InternalRules.g:3204:4: () ( (lv_op_2_0= 'and' ) ) ( (lv_right_3_0= ruleNot ) )
            	    {
            	    // InternalRules.g:3204:4: ()
            	    // InternalRules.g:3205:5: 
            	    {

            	    					current = forceCreateModelElementAndSet(
            	    						grammarAccess.getAndAccess().getBinaryLeftAction_1_0(),
            	    						current);
            	    				

            	    }

            	    // InternalRules.g:3211:4: ( (lv_op_2_0= 'and' ) )
            	    // InternalRules.g:3212:5: (lv_op_2_0= 'and' )
            	    {
            	    // InternalRules.g:3212:5: (lv_op_2_0= 'and' )
            	    // InternalRules.g:3213:6: lv_op_2_0= 'and'
            	    {
            	    lv_op_2_0=(Token)match(input,85,FOLLOW_11); 

            	    						newLeafNode(lv_op_2_0, grammarAccess.getAndAccess().getOpAndKeyword_1_1_0());
            	    					

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getAndRule());
            	    						}
            	    						setWithLastConsumed(current, "op", lv_op_2_0, "and");
            	    					

            	    }


            	    }

            	    // InternalRules.g:3225:4: ( (lv_right_3_0= ruleNot ) )
            	    // InternalRules.g:3226:5: (lv_right_3_0= ruleNot )
            	    {
            	    // InternalRules.g:3226:5: (lv_right_3_0= ruleNot )
            	    // InternalRules.g:3227:6: lv_right_3_0= ruleNot
            	    {

            	    						newCompositeNode(grammarAccess.getAndAccess().getRightNotParserRuleCall_1_2_0());
            	    					
            	    pushFollow(FOLLOW_73);
            	    lv_right_3_0=ruleNot();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getAndRule());
            	    						}
            	    						set(
            	    							current,
            	    							"right",
            	    							lv_right_3_0,
            	    							"io.processware.rules.Rules.Not");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop47;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAnd"


    // $ANTLR start "entryRuleNot"
    // InternalRules.g:3249:1: entryRuleNot returns [EObject current=null] : iv_ruleNot= ruleNot EOF ;
    public final EObject entryRuleNot() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleNot = null;


        try {
            // InternalRules.g:3249:44: (iv_ruleNot= ruleNot EOF )
            // InternalRules.g:3250:2: iv_ruleNot= ruleNot EOF
            {
             newCompositeNode(grammarAccess.getNotRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleNot=ruleNot();

            state._fsp--;

             current =iv_ruleNot; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleNot"


    // $ANTLR start "ruleNot"
    // InternalRules.g:3256:1: ruleNot returns [EObject current=null] : ( ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNot ) ) ) | this_Comparison_3= ruleComparison ) ;
    public final EObject ruleNot() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        EObject lv_operand_2_0 = null;

        EObject this_Comparison_3 = null;



        	enterRule();

        try {
            // InternalRules.g:3262:2: ( ( ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNot ) ) ) | this_Comparison_3= ruleComparison ) )
            // InternalRules.g:3263:2: ( ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNot ) ) ) | this_Comparison_3= ruleComparison )
            {
            // InternalRules.g:3263:2: ( ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNot ) ) ) | this_Comparison_3= ruleComparison )
            int alt48=2;
            int LA48_0 = input.LA(1);

            if ( (LA48_0==48) ) {
                alt48=1;
            }
            else if ( ((LA48_0>=RULE_STRING && LA48_0<=RULE_INT)||(LA48_0>=35 && LA48_0<=38)||LA48_0==41||LA48_0==47||(LA48_0>=91 && LA48_0<=101)) ) {
                alt48=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 48, 0, input);

                throw nvae;
            }
            switch (alt48) {
                case 1 :
                    // InternalRules.g:3264:3: ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNot ) ) )
                    {
                    // InternalRules.g:3264:3: ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNot ) ) )
                    // InternalRules.g:3265:4: () otherlv_1= 'not' ( (lv_operand_2_0= ruleNot ) )
                    {
                    // InternalRules.g:3265:4: ()
                    // InternalRules.g:3266:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getNotAccess().getNotAction_0_0(),
                    						current);
                    				

                    }

                    otherlv_1=(Token)match(input,48,FOLLOW_11); 

                    				newLeafNode(otherlv_1, grammarAccess.getNotAccess().getNotKeyword_0_1());
                    			
                    // InternalRules.g:3276:4: ( (lv_operand_2_0= ruleNot ) )
                    // InternalRules.g:3277:5: (lv_operand_2_0= ruleNot )
                    {
                    // InternalRules.g:3277:5: (lv_operand_2_0= ruleNot )
                    // InternalRules.g:3278:6: lv_operand_2_0= ruleNot
                    {

                    						newCompositeNode(grammarAccess.getNotAccess().getOperandNotParserRuleCall_0_2_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_operand_2_0=ruleNot();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getNotRule());
                    						}
                    						set(
                    							current,
                    							"operand",
                    							lv_operand_2_0,
                    							"io.processware.rules.Rules.Not");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:3297:3: this_Comparison_3= ruleComparison
                    {

                    			newCompositeNode(grammarAccess.getNotAccess().getComparisonParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_Comparison_3=ruleComparison();

                    state._fsp--;


                    			current = this_Comparison_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleNot"


    // $ANTLR start "entryRuleComparison"
    // InternalRules.g:3309:1: entryRuleComparison returns [EObject current=null] : iv_ruleComparison= ruleComparison EOF ;
    public final EObject entryRuleComparison() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleComparison = null;


        try {
            // InternalRules.g:3309:51: (iv_ruleComparison= ruleComparison EOF )
            // InternalRules.g:3310:2: iv_ruleComparison= ruleComparison EOF
            {
             newCompositeNode(grammarAccess.getComparisonRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleComparison=ruleComparison();

            state._fsp--;

             current =iv_ruleComparison; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleComparison"


    // $ANTLR start "ruleComparison"
    // InternalRules.g:3316:1: ruleComparison returns [EObject current=null] : (this_Additive_0= ruleAdditive ( ( () ( ( (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' ) ) ) ( (lv_right_3_0= ruleAdditive ) ) ) | ( () ( (lv_negated_5_0= 'not' ) )? otherlv_6= 'in' ( (lv_values_7_0= ruleAdditive ) ) ) | ( () otherlv_9= 'between' ( (lv_low_10_0= ruleAdditive ) ) otherlv_11= 'and' ( (lv_high_12_0= ruleAdditive ) ) ) )? ) ;
    public final EObject ruleComparison() throws RecognitionException {
        EObject current = null;

        Token lv_op_2_1=null;
        Token lv_op_2_2=null;
        Token lv_op_2_3=null;
        Token lv_op_2_4=null;
        Token lv_op_2_5=null;
        Token lv_op_2_6=null;
        Token lv_negated_5_0=null;
        Token otherlv_6=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        EObject this_Additive_0 = null;

        EObject lv_right_3_0 = null;

        EObject lv_values_7_0 = null;

        EObject lv_low_10_0 = null;

        EObject lv_high_12_0 = null;



        	enterRule();

        try {
            // InternalRules.g:3322:2: ( (this_Additive_0= ruleAdditive ( ( () ( ( (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' ) ) ) ( (lv_right_3_0= ruleAdditive ) ) ) | ( () ( (lv_negated_5_0= 'not' ) )? otherlv_6= 'in' ( (lv_values_7_0= ruleAdditive ) ) ) | ( () otherlv_9= 'between' ( (lv_low_10_0= ruleAdditive ) ) otherlv_11= 'and' ( (lv_high_12_0= ruleAdditive ) ) ) )? ) )
            // InternalRules.g:3323:2: (this_Additive_0= ruleAdditive ( ( () ( ( (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' ) ) ) ( (lv_right_3_0= ruleAdditive ) ) ) | ( () ( (lv_negated_5_0= 'not' ) )? otherlv_6= 'in' ( (lv_values_7_0= ruleAdditive ) ) ) | ( () otherlv_9= 'between' ( (lv_low_10_0= ruleAdditive ) ) otherlv_11= 'and' ( (lv_high_12_0= ruleAdditive ) ) ) )? )
            {
            // InternalRules.g:3323:2: (this_Additive_0= ruleAdditive ( ( () ( ( (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' ) ) ) ( (lv_right_3_0= ruleAdditive ) ) ) | ( () ( (lv_negated_5_0= 'not' ) )? otherlv_6= 'in' ( (lv_values_7_0= ruleAdditive ) ) ) | ( () otherlv_9= 'between' ( (lv_low_10_0= ruleAdditive ) ) otherlv_11= 'and' ( (lv_high_12_0= ruleAdditive ) ) ) )? )
            // InternalRules.g:3324:3: this_Additive_0= ruleAdditive ( ( () ( ( (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' ) ) ) ( (lv_right_3_0= ruleAdditive ) ) ) | ( () ( (lv_negated_5_0= 'not' ) )? otherlv_6= 'in' ( (lv_values_7_0= ruleAdditive ) ) ) | ( () otherlv_9= 'between' ( (lv_low_10_0= ruleAdditive ) ) otherlv_11= 'and' ( (lv_high_12_0= ruleAdditive ) ) ) )?
            {

            			newCompositeNode(grammarAccess.getComparisonAccess().getAdditiveParserRuleCall_0());
            		
            pushFollow(FOLLOW_74);
            this_Additive_0=ruleAdditive();

            state._fsp--;


            			current = this_Additive_0;
            			afterParserOrEnumRuleCall();
            		
            // InternalRules.g:3332:3: ( ( () ( ( (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' ) ) ) ( (lv_right_3_0= ruleAdditive ) ) ) | ( () ( (lv_negated_5_0= 'not' ) )? otherlv_6= 'in' ( (lv_values_7_0= ruleAdditive ) ) ) | ( () otherlv_9= 'between' ( (lv_low_10_0= ruleAdditive ) ) otherlv_11= 'and' ( (lv_high_12_0= ruleAdditive ) ) ) )?
            int alt51=4;
            switch ( input.LA(1) ) {
                case 16:
                case 49:
                case 50:
                case 51:
                case 52:
                case 53:
                    {
                    alt51=1;
                    }
                    break;
                case 48:
                case 68:
                    {
                    alt51=2;
                    }
                    break;
                case 86:
                    {
                    alt51=3;
                    }
                    break;
            }

            switch (alt51) {
                case 1 :
                    // InternalRules.g:3333:4: ( () ( ( (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' ) ) ) ( (lv_right_3_0= ruleAdditive ) ) )
                    {
                    // InternalRules.g:3333:4: ( () ( ( (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' ) ) ) ( (lv_right_3_0= ruleAdditive ) ) )
                    // InternalRules.g:3334:5: () ( ( (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' ) ) ) ( (lv_right_3_0= ruleAdditive ) )
                    {
                    // InternalRules.g:3334:5: ()
                    // InternalRules.g:3335:6: 
                    {

                    						current = forceCreateModelElementAndSet(
                    							grammarAccess.getComparisonAccess().getBinaryLeftAction_1_0_0(),
                    							current);
                    					

                    }

                    // InternalRules.g:3341:5: ( ( (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' ) ) )
                    // InternalRules.g:3342:6: ( (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' ) )
                    {
                    // InternalRules.g:3342:6: ( (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' ) )
                    // InternalRules.g:3343:7: (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' )
                    {
                    // InternalRules.g:3343:7: (lv_op_2_1= '=' | lv_op_2_2= '!=' | lv_op_2_3= '<' | lv_op_2_4= '<=' | lv_op_2_5= '>' | lv_op_2_6= '>=' )
                    int alt49=6;
                    switch ( input.LA(1) ) {
                    case 16:
                        {
                        alt49=1;
                        }
                        break;
                    case 53:
                        {
                        alt49=2;
                        }
                        break;
                    case 49:
                        {
                        alt49=3;
                        }
                        break;
                    case 50:
                        {
                        alt49=4;
                        }
                        break;
                    case 51:
                        {
                        alt49=5;
                        }
                        break;
                    case 52:
                        {
                        alt49=6;
                        }
                        break;
                    default:
                        NoViableAltException nvae =
                            new NoViableAltException("", 49, 0, input);

                        throw nvae;
                    }

                    switch (alt49) {
                        case 1 :
                            // InternalRules.g:3344:8: lv_op_2_1= '='
                            {
                            lv_op_2_1=(Token)match(input,16,FOLLOW_11); 

                            								newLeafNode(lv_op_2_1, grammarAccess.getComparisonAccess().getOpEqualsSignKeyword_1_0_1_0_0());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getComparisonRule());
                            								}
                            								setWithLastConsumed(current, "op", lv_op_2_1, null);
                            							

                            }
                            break;
                        case 2 :
                            // InternalRules.g:3355:8: lv_op_2_2= '!='
                            {
                            lv_op_2_2=(Token)match(input,53,FOLLOW_11); 

                            								newLeafNode(lv_op_2_2, grammarAccess.getComparisonAccess().getOpExclamationMarkEqualsSignKeyword_1_0_1_0_1());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getComparisonRule());
                            								}
                            								setWithLastConsumed(current, "op", lv_op_2_2, null);
                            							

                            }
                            break;
                        case 3 :
                            // InternalRules.g:3366:8: lv_op_2_3= '<'
                            {
                            lv_op_2_3=(Token)match(input,49,FOLLOW_11); 

                            								newLeafNode(lv_op_2_3, grammarAccess.getComparisonAccess().getOpLessThanSignKeyword_1_0_1_0_2());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getComparisonRule());
                            								}
                            								setWithLastConsumed(current, "op", lv_op_2_3, null);
                            							

                            }
                            break;
                        case 4 :
                            // InternalRules.g:3377:8: lv_op_2_4= '<='
                            {
                            lv_op_2_4=(Token)match(input,50,FOLLOW_11); 

                            								newLeafNode(lv_op_2_4, grammarAccess.getComparisonAccess().getOpLessThanSignEqualsSignKeyword_1_0_1_0_3());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getComparisonRule());
                            								}
                            								setWithLastConsumed(current, "op", lv_op_2_4, null);
                            							

                            }
                            break;
                        case 5 :
                            // InternalRules.g:3388:8: lv_op_2_5= '>'
                            {
                            lv_op_2_5=(Token)match(input,51,FOLLOW_11); 

                            								newLeafNode(lv_op_2_5, grammarAccess.getComparisonAccess().getOpGreaterThanSignKeyword_1_0_1_0_4());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getComparisonRule());
                            								}
                            								setWithLastConsumed(current, "op", lv_op_2_5, null);
                            							

                            }
                            break;
                        case 6 :
                            // InternalRules.g:3399:8: lv_op_2_6= '>='
                            {
                            lv_op_2_6=(Token)match(input,52,FOLLOW_11); 

                            								newLeafNode(lv_op_2_6, grammarAccess.getComparisonAccess().getOpGreaterThanSignEqualsSignKeyword_1_0_1_0_5());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getComparisonRule());
                            								}
                            								setWithLastConsumed(current, "op", lv_op_2_6, null);
                            							

                            }
                            break;

                    }


                    }


                    }

                    // InternalRules.g:3412:5: ( (lv_right_3_0= ruleAdditive ) )
                    // InternalRules.g:3413:6: (lv_right_3_0= ruleAdditive )
                    {
                    // InternalRules.g:3413:6: (lv_right_3_0= ruleAdditive )
                    // InternalRules.g:3414:7: lv_right_3_0= ruleAdditive
                    {

                    							newCompositeNode(grammarAccess.getComparisonAccess().getRightAdditiveParserRuleCall_1_0_2_0());
                    						
                    pushFollow(FOLLOW_2);
                    lv_right_3_0=ruleAdditive();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getComparisonRule());
                    							}
                    							set(
                    								current,
                    								"right",
                    								lv_right_3_0,
                    								"io.processware.rules.Rules.Additive");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:3433:4: ( () ( (lv_negated_5_0= 'not' ) )? otherlv_6= 'in' ( (lv_values_7_0= ruleAdditive ) ) )
                    {
                    // InternalRules.g:3433:4: ( () ( (lv_negated_5_0= 'not' ) )? otherlv_6= 'in' ( (lv_values_7_0= ruleAdditive ) ) )
                    // InternalRules.g:3434:5: () ( (lv_negated_5_0= 'not' ) )? otherlv_6= 'in' ( (lv_values_7_0= ruleAdditive ) )
                    {
                    // InternalRules.g:3434:5: ()
                    // InternalRules.g:3435:6: 
                    {

                    						current = forceCreateModelElementAndSet(
                    							grammarAccess.getComparisonAccess().getInTestValueAction_1_1_0(),
                    							current);
                    					

                    }

                    // InternalRules.g:3441:5: ( (lv_negated_5_0= 'not' ) )?
                    int alt50=2;
                    int LA50_0 = input.LA(1);

                    if ( (LA50_0==48) ) {
                        alt50=1;
                    }
                    switch (alt50) {
                        case 1 :
                            // InternalRules.g:3442:6: (lv_negated_5_0= 'not' )
                            {
                            // InternalRules.g:3442:6: (lv_negated_5_0= 'not' )
                            // InternalRules.g:3443:7: lv_negated_5_0= 'not'
                            {
                            lv_negated_5_0=(Token)match(input,48,FOLLOW_55); 

                            							newLeafNode(lv_negated_5_0, grammarAccess.getComparisonAccess().getNegatedNotKeyword_1_1_1_0());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getComparisonRule());
                            							}
                            							setWithLastConsumed(current, "negated", lv_negated_5_0 != null, "not");
                            						

                            }


                            }
                            break;

                    }

                    otherlv_6=(Token)match(input,68,FOLLOW_11); 

                    					newLeafNode(otherlv_6, grammarAccess.getComparisonAccess().getInKeyword_1_1_2());
                    				
                    // InternalRules.g:3459:5: ( (lv_values_7_0= ruleAdditive ) )
                    // InternalRules.g:3460:6: (lv_values_7_0= ruleAdditive )
                    {
                    // InternalRules.g:3460:6: (lv_values_7_0= ruleAdditive )
                    // InternalRules.g:3461:7: lv_values_7_0= ruleAdditive
                    {

                    							newCompositeNode(grammarAccess.getComparisonAccess().getValuesAdditiveParserRuleCall_1_1_3_0());
                    						
                    pushFollow(FOLLOW_2);
                    lv_values_7_0=ruleAdditive();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getComparisonRule());
                    							}
                    							set(
                    								current,
                    								"values",
                    								lv_values_7_0,
                    								"io.processware.rules.Rules.Additive");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalRules.g:3480:4: ( () otherlv_9= 'between' ( (lv_low_10_0= ruleAdditive ) ) otherlv_11= 'and' ( (lv_high_12_0= ruleAdditive ) ) )
                    {
                    // InternalRules.g:3480:4: ( () otherlv_9= 'between' ( (lv_low_10_0= ruleAdditive ) ) otherlv_11= 'and' ( (lv_high_12_0= ruleAdditive ) ) )
                    // InternalRules.g:3481:5: () otherlv_9= 'between' ( (lv_low_10_0= ruleAdditive ) ) otherlv_11= 'and' ( (lv_high_12_0= ruleAdditive ) )
                    {
                    // InternalRules.g:3481:5: ()
                    // InternalRules.g:3482:6: 
                    {

                    						current = forceCreateModelElementAndSet(
                    							grammarAccess.getComparisonAccess().getBetweenValueAction_1_2_0(),
                    							current);
                    					

                    }

                    otherlv_9=(Token)match(input,86,FOLLOW_11); 

                    					newLeafNode(otherlv_9, grammarAccess.getComparisonAccess().getBetweenKeyword_1_2_1());
                    				
                    // InternalRules.g:3492:5: ( (lv_low_10_0= ruleAdditive ) )
                    // InternalRules.g:3493:6: (lv_low_10_0= ruleAdditive )
                    {
                    // InternalRules.g:3493:6: (lv_low_10_0= ruleAdditive )
                    // InternalRules.g:3494:7: lv_low_10_0= ruleAdditive
                    {

                    							newCompositeNode(grammarAccess.getComparisonAccess().getLowAdditiveParserRuleCall_1_2_2_0());
                    						
                    pushFollow(FOLLOW_75);
                    lv_low_10_0=ruleAdditive();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getComparisonRule());
                    							}
                    							set(
                    								current,
                    								"low",
                    								lv_low_10_0,
                    								"io.processware.rules.Rules.Additive");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    otherlv_11=(Token)match(input,85,FOLLOW_11); 

                    					newLeafNode(otherlv_11, grammarAccess.getComparisonAccess().getAndKeyword_1_2_3());
                    				
                    // InternalRules.g:3515:5: ( (lv_high_12_0= ruleAdditive ) )
                    // InternalRules.g:3516:6: (lv_high_12_0= ruleAdditive )
                    {
                    // InternalRules.g:3516:6: (lv_high_12_0= ruleAdditive )
                    // InternalRules.g:3517:7: lv_high_12_0= ruleAdditive
                    {

                    							newCompositeNode(grammarAccess.getComparisonAccess().getHighAdditiveParserRuleCall_1_2_4_0());
                    						
                    pushFollow(FOLLOW_2);
                    lv_high_12_0=ruleAdditive();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getComparisonRule());
                    							}
                    							set(
                    								current,
                    								"high",
                    								lv_high_12_0,
                    								"io.processware.rules.Rules.Additive");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleComparison"


    // $ANTLR start "entryRuleAdditive"
    // InternalRules.g:3540:1: entryRuleAdditive returns [EObject current=null] : iv_ruleAdditive= ruleAdditive EOF ;
    public final EObject entryRuleAdditive() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAdditive = null;


        try {
            // InternalRules.g:3540:49: (iv_ruleAdditive= ruleAdditive EOF )
            // InternalRules.g:3541:2: iv_ruleAdditive= ruleAdditive EOF
            {
             newCompositeNode(grammarAccess.getAdditiveRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAdditive=ruleAdditive();

            state._fsp--;

             current =iv_ruleAdditive; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAdditive"


    // $ANTLR start "ruleAdditive"
    // InternalRules.g:3547:1: ruleAdditive returns [EObject current=null] : (this_Multiplicative_0= ruleMultiplicative ( () ( ( (lv_op_2_1= '+' | lv_op_2_2= '-' ) ) ) ( (lv_right_3_0= ruleMultiplicative ) ) )* ) ;
    public final EObject ruleAdditive() throws RecognitionException {
        EObject current = null;

        Token lv_op_2_1=null;
        Token lv_op_2_2=null;
        EObject this_Multiplicative_0 = null;

        EObject lv_right_3_0 = null;



        	enterRule();

        try {
            // InternalRules.g:3553:2: ( (this_Multiplicative_0= ruleMultiplicative ( () ( ( (lv_op_2_1= '+' | lv_op_2_2= '-' ) ) ) ( (lv_right_3_0= ruleMultiplicative ) ) )* ) )
            // InternalRules.g:3554:2: (this_Multiplicative_0= ruleMultiplicative ( () ( ( (lv_op_2_1= '+' | lv_op_2_2= '-' ) ) ) ( (lv_right_3_0= ruleMultiplicative ) ) )* )
            {
            // InternalRules.g:3554:2: (this_Multiplicative_0= ruleMultiplicative ( () ( ( (lv_op_2_1= '+' | lv_op_2_2= '-' ) ) ) ( (lv_right_3_0= ruleMultiplicative ) ) )* )
            // InternalRules.g:3555:3: this_Multiplicative_0= ruleMultiplicative ( () ( ( (lv_op_2_1= '+' | lv_op_2_2= '-' ) ) ) ( (lv_right_3_0= ruleMultiplicative ) ) )*
            {

            			newCompositeNode(grammarAccess.getAdditiveAccess().getMultiplicativeParserRuleCall_0());
            		
            pushFollow(FOLLOW_76);
            this_Multiplicative_0=ruleMultiplicative();

            state._fsp--;


            			current = this_Multiplicative_0;
            			afterParserOrEnumRuleCall();
            		
            // InternalRules.g:3563:3: ( () ( ( (lv_op_2_1= '+' | lv_op_2_2= '-' ) ) ) ( (lv_right_3_0= ruleMultiplicative ) ) )*
            loop53:
            do {
                int alt53=2;
                int LA53_0 = input.LA(1);

                if ( (LA53_0==47||LA53_0==87) ) {
                    alt53=1;
                }


                switch (alt53) {
            	case 1 :
            	    // InternalRules.g:3564:4: () ( ( (lv_op_2_1= '+' | lv_op_2_2= '-' ) ) ) ( (lv_right_3_0= ruleMultiplicative ) )
            	    {
            	    // InternalRules.g:3564:4: ()
            	    // InternalRules.g:3565:5: 
            	    {

            	    					current = forceCreateModelElementAndSet(
            	    						grammarAccess.getAdditiveAccess().getBinaryLeftAction_1_0(),
            	    						current);
            	    				

            	    }

            	    // InternalRules.g:3571:4: ( ( (lv_op_2_1= '+' | lv_op_2_2= '-' ) ) )
            	    // InternalRules.g:3572:5: ( (lv_op_2_1= '+' | lv_op_2_2= '-' ) )
            	    {
            	    // InternalRules.g:3572:5: ( (lv_op_2_1= '+' | lv_op_2_2= '-' ) )
            	    // InternalRules.g:3573:6: (lv_op_2_1= '+' | lv_op_2_2= '-' )
            	    {
            	    // InternalRules.g:3573:6: (lv_op_2_1= '+' | lv_op_2_2= '-' )
            	    int alt52=2;
            	    int LA52_0 = input.LA(1);

            	    if ( (LA52_0==87) ) {
            	        alt52=1;
            	    }
            	    else if ( (LA52_0==47) ) {
            	        alt52=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 52, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt52) {
            	        case 1 :
            	            // InternalRules.g:3574:7: lv_op_2_1= '+'
            	            {
            	            lv_op_2_1=(Token)match(input,87,FOLLOW_11); 

            	            							newLeafNode(lv_op_2_1, grammarAccess.getAdditiveAccess().getOpPlusSignKeyword_1_1_0_0());
            	            						

            	            							if (current==null) {
            	            								current = createModelElement(grammarAccess.getAdditiveRule());
            	            							}
            	            							setWithLastConsumed(current, "op", lv_op_2_1, null);
            	            						

            	            }
            	            break;
            	        case 2 :
            	            // InternalRules.g:3585:7: lv_op_2_2= '-'
            	            {
            	            lv_op_2_2=(Token)match(input,47,FOLLOW_11); 

            	            							newLeafNode(lv_op_2_2, grammarAccess.getAdditiveAccess().getOpHyphenMinusKeyword_1_1_0_1());
            	            						

            	            							if (current==null) {
            	            								current = createModelElement(grammarAccess.getAdditiveRule());
            	            							}
            	            							setWithLastConsumed(current, "op", lv_op_2_2, null);
            	            						

            	            }
            	            break;

            	    }


            	    }


            	    }

            	    // InternalRules.g:3598:4: ( (lv_right_3_0= ruleMultiplicative ) )
            	    // InternalRules.g:3599:5: (lv_right_3_0= ruleMultiplicative )
            	    {
            	    // InternalRules.g:3599:5: (lv_right_3_0= ruleMultiplicative )
            	    // InternalRules.g:3600:6: lv_right_3_0= ruleMultiplicative
            	    {

            	    						newCompositeNode(grammarAccess.getAdditiveAccess().getRightMultiplicativeParserRuleCall_1_2_0());
            	    					
            	    pushFollow(FOLLOW_76);
            	    lv_right_3_0=ruleMultiplicative();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getAdditiveRule());
            	    						}
            	    						set(
            	    							current,
            	    							"right",
            	    							lv_right_3_0,
            	    							"io.processware.rules.Rules.Multiplicative");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop53;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAdditive"


    // $ANTLR start "entryRuleMultiplicative"
    // InternalRules.g:3622:1: entryRuleMultiplicative returns [EObject current=null] : iv_ruleMultiplicative= ruleMultiplicative EOF ;
    public final EObject entryRuleMultiplicative() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMultiplicative = null;


        try {
            // InternalRules.g:3622:55: (iv_ruleMultiplicative= ruleMultiplicative EOF )
            // InternalRules.g:3623:2: iv_ruleMultiplicative= ruleMultiplicative EOF
            {
             newCompositeNode(grammarAccess.getMultiplicativeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMultiplicative=ruleMultiplicative();

            state._fsp--;

             current =iv_ruleMultiplicative; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMultiplicative"


    // $ANTLR start "ruleMultiplicative"
    // InternalRules.g:3629:1: ruleMultiplicative returns [EObject current=null] : (this_Prefix_0= rulePrefix ( () ( ( (lv_op_2_1= '*' | lv_op_2_2= '/' ) ) ) ( (lv_right_3_0= rulePrefix ) ) )* ) ;
    public final EObject ruleMultiplicative() throws RecognitionException {
        EObject current = null;

        Token lv_op_2_1=null;
        Token lv_op_2_2=null;
        EObject this_Prefix_0 = null;

        EObject lv_right_3_0 = null;



        	enterRule();

        try {
            // InternalRules.g:3635:2: ( (this_Prefix_0= rulePrefix ( () ( ( (lv_op_2_1= '*' | lv_op_2_2= '/' ) ) ) ( (lv_right_3_0= rulePrefix ) ) )* ) )
            // InternalRules.g:3636:2: (this_Prefix_0= rulePrefix ( () ( ( (lv_op_2_1= '*' | lv_op_2_2= '/' ) ) ) ( (lv_right_3_0= rulePrefix ) ) )* )
            {
            // InternalRules.g:3636:2: (this_Prefix_0= rulePrefix ( () ( ( (lv_op_2_1= '*' | lv_op_2_2= '/' ) ) ) ( (lv_right_3_0= rulePrefix ) ) )* )
            // InternalRules.g:3637:3: this_Prefix_0= rulePrefix ( () ( ( (lv_op_2_1= '*' | lv_op_2_2= '/' ) ) ) ( (lv_right_3_0= rulePrefix ) ) )*
            {

            			newCompositeNode(grammarAccess.getMultiplicativeAccess().getPrefixParserRuleCall_0());
            		
            pushFollow(FOLLOW_77);
            this_Prefix_0=rulePrefix();

            state._fsp--;


            			current = this_Prefix_0;
            			afterParserOrEnumRuleCall();
            		
            // InternalRules.g:3645:3: ( () ( ( (lv_op_2_1= '*' | lv_op_2_2= '/' ) ) ) ( (lv_right_3_0= rulePrefix ) ) )*
            loop55:
            do {
                int alt55=2;
                int LA55_0 = input.LA(1);

                if ( ((LA55_0>=88 && LA55_0<=89)) ) {
                    alt55=1;
                }


                switch (alt55) {
            	case 1 :
            	    // InternalRules.g:3646:4: () ( ( (lv_op_2_1= '*' | lv_op_2_2= '/' ) ) ) ( (lv_right_3_0= rulePrefix ) )
            	    {
            	    // InternalRules.g:3646:4: ()
            	    // InternalRules.g:3647:5: 
            	    {

            	    					current = forceCreateModelElementAndSet(
            	    						grammarAccess.getMultiplicativeAccess().getBinaryLeftAction_1_0(),
            	    						current);
            	    				

            	    }

            	    // InternalRules.g:3653:4: ( ( (lv_op_2_1= '*' | lv_op_2_2= '/' ) ) )
            	    // InternalRules.g:3654:5: ( (lv_op_2_1= '*' | lv_op_2_2= '/' ) )
            	    {
            	    // InternalRules.g:3654:5: ( (lv_op_2_1= '*' | lv_op_2_2= '/' ) )
            	    // InternalRules.g:3655:6: (lv_op_2_1= '*' | lv_op_2_2= '/' )
            	    {
            	    // InternalRules.g:3655:6: (lv_op_2_1= '*' | lv_op_2_2= '/' )
            	    int alt54=2;
            	    int LA54_0 = input.LA(1);

            	    if ( (LA54_0==88) ) {
            	        alt54=1;
            	    }
            	    else if ( (LA54_0==89) ) {
            	        alt54=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 54, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt54) {
            	        case 1 :
            	            // InternalRules.g:3656:7: lv_op_2_1= '*'
            	            {
            	            lv_op_2_1=(Token)match(input,88,FOLLOW_11); 

            	            							newLeafNode(lv_op_2_1, grammarAccess.getMultiplicativeAccess().getOpAsteriskKeyword_1_1_0_0());
            	            						

            	            							if (current==null) {
            	            								current = createModelElement(grammarAccess.getMultiplicativeRule());
            	            							}
            	            							setWithLastConsumed(current, "op", lv_op_2_1, null);
            	            						

            	            }
            	            break;
            	        case 2 :
            	            // InternalRules.g:3667:7: lv_op_2_2= '/'
            	            {
            	            lv_op_2_2=(Token)match(input,89,FOLLOW_11); 

            	            							newLeafNode(lv_op_2_2, grammarAccess.getMultiplicativeAccess().getOpSolidusKeyword_1_1_0_1());
            	            						

            	            							if (current==null) {
            	            								current = createModelElement(grammarAccess.getMultiplicativeRule());
            	            							}
            	            							setWithLastConsumed(current, "op", lv_op_2_2, null);
            	            						

            	            }
            	            break;

            	    }


            	    }


            	    }

            	    // InternalRules.g:3680:4: ( (lv_right_3_0= rulePrefix ) )
            	    // InternalRules.g:3681:5: (lv_right_3_0= rulePrefix )
            	    {
            	    // InternalRules.g:3681:5: (lv_right_3_0= rulePrefix )
            	    // InternalRules.g:3682:6: lv_right_3_0= rulePrefix
            	    {

            	    						newCompositeNode(grammarAccess.getMultiplicativeAccess().getRightPrefixParserRuleCall_1_2_0());
            	    					
            	    pushFollow(FOLLOW_77);
            	    lv_right_3_0=rulePrefix();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getMultiplicativeRule());
            	    						}
            	    						set(
            	    							current,
            	    							"right",
            	    							lv_right_3_0,
            	    							"io.processware.rules.Rules.Prefix");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop55;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMultiplicative"


    // $ANTLR start "entryRulePrefix"
    // InternalRules.g:3704:1: entryRulePrefix returns [EObject current=null] : iv_rulePrefix= rulePrefix EOF ;
    public final EObject entryRulePrefix() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePrefix = null;


        try {
            // InternalRules.g:3704:47: (iv_rulePrefix= rulePrefix EOF )
            // InternalRules.g:3705:2: iv_rulePrefix= rulePrefix EOF
            {
             newCompositeNode(grammarAccess.getPrefixRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePrefix=rulePrefix();

            state._fsp--;

             current =iv_rulePrefix; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePrefix"


    // $ANTLR start "rulePrefix"
    // InternalRules.g:3711:1: rulePrefix returns [EObject current=null] : ( ( () otherlv_1= '-' ( (lv_operand_2_0= rulePrefix ) ) ) | this_Postfix_3= rulePostfix ) ;
    public final EObject rulePrefix() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        EObject lv_operand_2_0 = null;

        EObject this_Postfix_3 = null;



        	enterRule();

        try {
            // InternalRules.g:3717:2: ( ( ( () otherlv_1= '-' ( (lv_operand_2_0= rulePrefix ) ) ) | this_Postfix_3= rulePostfix ) )
            // InternalRules.g:3718:2: ( ( () otherlv_1= '-' ( (lv_operand_2_0= rulePrefix ) ) ) | this_Postfix_3= rulePostfix )
            {
            // InternalRules.g:3718:2: ( ( () otherlv_1= '-' ( (lv_operand_2_0= rulePrefix ) ) ) | this_Postfix_3= rulePostfix )
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==47) ) {
                alt56=1;
            }
            else if ( ((LA56_0>=RULE_STRING && LA56_0<=RULE_INT)||(LA56_0>=35 && LA56_0<=38)||LA56_0==41||(LA56_0>=91 && LA56_0<=101)) ) {
                alt56=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 56, 0, input);

                throw nvae;
            }
            switch (alt56) {
                case 1 :
                    // InternalRules.g:3719:3: ( () otherlv_1= '-' ( (lv_operand_2_0= rulePrefix ) ) )
                    {
                    // InternalRules.g:3719:3: ( () otherlv_1= '-' ( (lv_operand_2_0= rulePrefix ) ) )
                    // InternalRules.g:3720:4: () otherlv_1= '-' ( (lv_operand_2_0= rulePrefix ) )
                    {
                    // InternalRules.g:3720:4: ()
                    // InternalRules.g:3721:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrefixAccess().getNegationAction_0_0(),
                    						current);
                    				

                    }

                    otherlv_1=(Token)match(input,47,FOLLOW_11); 

                    				newLeafNode(otherlv_1, grammarAccess.getPrefixAccess().getHyphenMinusKeyword_0_1());
                    			
                    // InternalRules.g:3731:4: ( (lv_operand_2_0= rulePrefix ) )
                    // InternalRules.g:3732:5: (lv_operand_2_0= rulePrefix )
                    {
                    // InternalRules.g:3732:5: (lv_operand_2_0= rulePrefix )
                    // InternalRules.g:3733:6: lv_operand_2_0= rulePrefix
                    {

                    						newCompositeNode(grammarAccess.getPrefixAccess().getOperandPrefixParserRuleCall_0_2_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_operand_2_0=rulePrefix();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPrefixRule());
                    						}
                    						set(
                    							current,
                    							"operand",
                    							lv_operand_2_0,
                    							"io.processware.rules.Rules.Prefix");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:3752:3: this_Postfix_3= rulePostfix
                    {

                    			newCompositeNode(grammarAccess.getPrefixAccess().getPostfixParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_Postfix_3=rulePostfix();

                    state._fsp--;


                    			current = this_Postfix_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePrefix"


    // $ANTLR start "entryRulePostfix"
    // InternalRules.g:3764:1: entryRulePostfix returns [EObject current=null] : iv_rulePostfix= rulePostfix EOF ;
    public final EObject entryRulePostfix() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePostfix = null;


        try {
            // InternalRules.g:3764:48: (iv_rulePostfix= rulePostfix EOF )
            // InternalRules.g:3765:2: iv_rulePostfix= rulePostfix EOF
            {
             newCompositeNode(grammarAccess.getPostfixRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePostfix=rulePostfix();

            state._fsp--;

             current =iv_rulePostfix; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePostfix"


    // $ANTLR start "rulePostfix"
    // InternalRules.g:3771:1: rulePostfix returns [EObject current=null] : (this_Primary_0= rulePrimary ( () otherlv_2= '.' ( (otherlv_3= RULE_ID ) ) )* ) ;
    public final EObject rulePostfix() throws RecognitionException {
        EObject current = null;

        Token otherlv_2=null;
        Token otherlv_3=null;
        EObject this_Primary_0 = null;



        	enterRule();

        try {
            // InternalRules.g:3777:2: ( (this_Primary_0= rulePrimary ( () otherlv_2= '.' ( (otherlv_3= RULE_ID ) ) )* ) )
            // InternalRules.g:3778:2: (this_Primary_0= rulePrimary ( () otherlv_2= '.' ( (otherlv_3= RULE_ID ) ) )* )
            {
            // InternalRules.g:3778:2: (this_Primary_0= rulePrimary ( () otherlv_2= '.' ( (otherlv_3= RULE_ID ) ) )* )
            // InternalRules.g:3779:3: this_Primary_0= rulePrimary ( () otherlv_2= '.' ( (otherlv_3= RULE_ID ) ) )*
            {

            			newCompositeNode(grammarAccess.getPostfixAccess().getPrimaryParserRuleCall_0());
            		
            pushFollow(FOLLOW_78);
            this_Primary_0=rulePrimary();

            state._fsp--;


            			current = this_Primary_0;
            			afterParserOrEnumRuleCall();
            		
            // InternalRules.g:3787:3: ( () otherlv_2= '.' ( (otherlv_3= RULE_ID ) ) )*
            loop57:
            do {
                int alt57=2;
                int LA57_0 = input.LA(1);

                if ( (LA57_0==90) ) {
                    alt57=1;
                }


                switch (alt57) {
            	case 1 :
            	    // InternalRules.g:3788:4: () otherlv_2= '.' ( (otherlv_3= RULE_ID ) )
            	    {
            	    // InternalRules.g:3788:4: ()
            	    // InternalRules.g:3789:5: 
            	    {

            	    					current = forceCreateModelElementAndSet(
            	    						grammarAccess.getPostfixAccess().getMemberAccessReceiverAction_1_0(),
            	    						current);
            	    				

            	    }

            	    otherlv_2=(Token)match(input,90,FOLLOW_3); 

            	    				newLeafNode(otherlv_2, grammarAccess.getPostfixAccess().getFullStopKeyword_1_1());
            	    			
            	    // InternalRules.g:3799:4: ( (otherlv_3= RULE_ID ) )
            	    // InternalRules.g:3800:5: (otherlv_3= RULE_ID )
            	    {
            	    // InternalRules.g:3800:5: (otherlv_3= RULE_ID )
            	    // InternalRules.g:3801:6: otherlv_3= RULE_ID
            	    {

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getPostfixRule());
            	    						}
            	    					
            	    otherlv_3=(Token)match(input,RULE_ID,FOLLOW_78); 

            	    						newLeafNode(otherlv_3, grammarAccess.getPostfixAccess().getMemberEObjectCrossReference_1_2_0());
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop57;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePostfix"


    // $ANTLR start "entryRulePrimary"
    // InternalRules.g:3817:1: entryRulePrimary returns [EObject current=null] : iv_rulePrimary= rulePrimary EOF ;
    public final EObject entryRulePrimary() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePrimary = null;


        try {
            // InternalRules.g:3817:48: (iv_rulePrimary= rulePrimary EOF )
            // InternalRules.g:3818:2: iv_rulePrimary= rulePrimary EOF
            {
             newCompositeNode(grammarAccess.getPrimaryRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePrimary=rulePrimary();

            state._fsp--;

             current =iv_rulePrimary; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePrimary"


    // $ANTLR start "rulePrimary"
    // InternalRules.g:3824:1: rulePrimary returns [EObject current=null] : (this_NumberLiteral_0= ruleNumberLiteral | this_StringLiteral_1= ruleStringLiteral | this_BooleanLiteral_2= ruleBooleanLiteral | this_DateLiteral_3= ruleDateLiteral | this_FunctionCall_4= ruleFunctionCall | this_SymbolRef_5= ruleSymbolRef | (otherlv_6= '(' this_Expression_7= ruleExpression ( () (otherlv_9= ',' ( (lv_elements_10_0= ruleExpression ) ) )+ )? otherlv_11= ')' ) ) ;
    public final EObject rulePrimary() throws RecognitionException {
        EObject current = null;

        Token otherlv_6=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        EObject this_NumberLiteral_0 = null;

        EObject this_StringLiteral_1 = null;

        EObject this_BooleanLiteral_2 = null;

        EObject this_DateLiteral_3 = null;

        EObject this_FunctionCall_4 = null;

        EObject this_SymbolRef_5 = null;

        EObject this_Expression_7 = null;

        EObject lv_elements_10_0 = null;



        	enterRule();

        try {
            // InternalRules.g:3830:2: ( (this_NumberLiteral_0= ruleNumberLiteral | this_StringLiteral_1= ruleStringLiteral | this_BooleanLiteral_2= ruleBooleanLiteral | this_DateLiteral_3= ruleDateLiteral | this_FunctionCall_4= ruleFunctionCall | this_SymbolRef_5= ruleSymbolRef | (otherlv_6= '(' this_Expression_7= ruleExpression ( () (otherlv_9= ',' ( (lv_elements_10_0= ruleExpression ) ) )+ )? otherlv_11= ')' ) ) )
            // InternalRules.g:3831:2: (this_NumberLiteral_0= ruleNumberLiteral | this_StringLiteral_1= ruleStringLiteral | this_BooleanLiteral_2= ruleBooleanLiteral | this_DateLiteral_3= ruleDateLiteral | this_FunctionCall_4= ruleFunctionCall | this_SymbolRef_5= ruleSymbolRef | (otherlv_6= '(' this_Expression_7= ruleExpression ( () (otherlv_9= ',' ( (lv_elements_10_0= ruleExpression ) ) )+ )? otherlv_11= ')' ) )
            {
            // InternalRules.g:3831:2: (this_NumberLiteral_0= ruleNumberLiteral | this_StringLiteral_1= ruleStringLiteral | this_BooleanLiteral_2= ruleBooleanLiteral | this_DateLiteral_3= ruleDateLiteral | this_FunctionCall_4= ruleFunctionCall | this_SymbolRef_5= ruleSymbolRef | (otherlv_6= '(' this_Expression_7= ruleExpression ( () (otherlv_9= ',' ( (lv_elements_10_0= ruleExpression ) ) )+ )? otherlv_11= ')' ) )
            int alt60=7;
            switch ( input.LA(1) ) {
            case RULE_INT:
                {
                alt60=1;
                }
                break;
            case RULE_STRING:
                {
                alt60=2;
                }
                break;
            case 91:
            case 92:
                {
                alt60=3;
                }
                break;
            case 93:
                {
                alt60=4;
                }
                break;
            case 35:
            case 36:
            case 37:
            case 38:
            case 94:
            case 95:
            case 96:
            case 97:
            case 98:
            case 99:
            case 100:
            case 101:
                {
                alt60=5;
                }
                break;
            case RULE_ID:
                {
                alt60=6;
                }
                break;
            case 41:
                {
                alt60=7;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 60, 0, input);

                throw nvae;
            }

            switch (alt60) {
                case 1 :
                    // InternalRules.g:3832:3: this_NumberLiteral_0= ruleNumberLiteral
                    {

                    			newCompositeNode(grammarAccess.getPrimaryAccess().getNumberLiteralParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_NumberLiteral_0=ruleNumberLiteral();

                    state._fsp--;


                    			current = this_NumberLiteral_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalRules.g:3841:3: this_StringLiteral_1= ruleStringLiteral
                    {

                    			newCompositeNode(grammarAccess.getPrimaryAccess().getStringLiteralParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_StringLiteral_1=ruleStringLiteral();

                    state._fsp--;


                    			current = this_StringLiteral_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalRules.g:3850:3: this_BooleanLiteral_2= ruleBooleanLiteral
                    {

                    			newCompositeNode(grammarAccess.getPrimaryAccess().getBooleanLiteralParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_BooleanLiteral_2=ruleBooleanLiteral();

                    state._fsp--;


                    			current = this_BooleanLiteral_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 4 :
                    // InternalRules.g:3859:3: this_DateLiteral_3= ruleDateLiteral
                    {

                    			newCompositeNode(grammarAccess.getPrimaryAccess().getDateLiteralParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_DateLiteral_3=ruleDateLiteral();

                    state._fsp--;


                    			current = this_DateLiteral_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 5 :
                    // InternalRules.g:3868:3: this_FunctionCall_4= ruleFunctionCall
                    {

                    			newCompositeNode(grammarAccess.getPrimaryAccess().getFunctionCallParserRuleCall_4());
                    		
                    pushFollow(FOLLOW_2);
                    this_FunctionCall_4=ruleFunctionCall();

                    state._fsp--;


                    			current = this_FunctionCall_4;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 6 :
                    // InternalRules.g:3877:3: this_SymbolRef_5= ruleSymbolRef
                    {

                    			newCompositeNode(grammarAccess.getPrimaryAccess().getSymbolRefParserRuleCall_5());
                    		
                    pushFollow(FOLLOW_2);
                    this_SymbolRef_5=ruleSymbolRef();

                    state._fsp--;


                    			current = this_SymbolRef_5;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 7 :
                    // InternalRules.g:3886:3: (otherlv_6= '(' this_Expression_7= ruleExpression ( () (otherlv_9= ',' ( (lv_elements_10_0= ruleExpression ) ) )+ )? otherlv_11= ')' )
                    {
                    // InternalRules.g:3886:3: (otherlv_6= '(' this_Expression_7= ruleExpression ( () (otherlv_9= ',' ( (lv_elements_10_0= ruleExpression ) ) )+ )? otherlv_11= ')' )
                    // InternalRules.g:3887:4: otherlv_6= '(' this_Expression_7= ruleExpression ( () (otherlv_9= ',' ( (lv_elements_10_0= ruleExpression ) ) )+ )? otherlv_11= ')'
                    {
                    otherlv_6=(Token)match(input,41,FOLLOW_11); 

                    				newLeafNode(otherlv_6, grammarAccess.getPrimaryAccess().getLeftParenthesisKeyword_6_0());
                    			

                    				newCompositeNode(grammarAccess.getPrimaryAccess().getExpressionParserRuleCall_6_1());
                    			
                    pushFollow(FOLLOW_37);
                    this_Expression_7=ruleExpression();

                    state._fsp--;


                    				current = this_Expression_7;
                    				afterParserOrEnumRuleCall();
                    			
                    // InternalRules.g:3899:4: ( () (otherlv_9= ',' ( (lv_elements_10_0= ruleExpression ) ) )+ )?
                    int alt59=2;
                    int LA59_0 = input.LA(1);

                    if ( (LA59_0==42) ) {
                        alt59=1;
                    }
                    switch (alt59) {
                        case 1 :
                            // InternalRules.g:3900:5: () (otherlv_9= ',' ( (lv_elements_10_0= ruleExpression ) ) )+
                            {
                            // InternalRules.g:3900:5: ()
                            // InternalRules.g:3901:6: 
                            {

                            						current = forceCreateModelElementAndAdd(
                            							grammarAccess.getPrimaryAccess().getListLiteralElementsAction_6_2_0(),
                            							current);
                            					

                            }

                            // InternalRules.g:3907:5: (otherlv_9= ',' ( (lv_elements_10_0= ruleExpression ) ) )+
                            int cnt58=0;
                            loop58:
                            do {
                                int alt58=2;
                                int LA58_0 = input.LA(1);

                                if ( (LA58_0==42) ) {
                                    alt58=1;
                                }


                                switch (alt58) {
                            	case 1 :
                            	    // InternalRules.g:3908:6: otherlv_9= ',' ( (lv_elements_10_0= ruleExpression ) )
                            	    {
                            	    otherlv_9=(Token)match(input,42,FOLLOW_11); 

                            	    						newLeafNode(otherlv_9, grammarAccess.getPrimaryAccess().getCommaKeyword_6_2_1_0());
                            	    					
                            	    // InternalRules.g:3912:6: ( (lv_elements_10_0= ruleExpression ) )
                            	    // InternalRules.g:3913:7: (lv_elements_10_0= ruleExpression )
                            	    {
                            	    // InternalRules.g:3913:7: (lv_elements_10_0= ruleExpression )
                            	    // InternalRules.g:3914:8: lv_elements_10_0= ruleExpression
                            	    {

                            	    								newCompositeNode(grammarAccess.getPrimaryAccess().getElementsExpressionParserRuleCall_6_2_1_1_0());
                            	    							
                            	    pushFollow(FOLLOW_37);
                            	    lv_elements_10_0=ruleExpression();

                            	    state._fsp--;


                            	    								if (current==null) {
                            	    									current = createModelElementForParent(grammarAccess.getPrimaryRule());
                            	    								}
                            	    								add(
                            	    									current,
                            	    									"elements",
                            	    									lv_elements_10_0,
                            	    									"io.processware.rules.Rules.Expression");
                            	    								afterParserOrEnumRuleCall();
                            	    							

                            	    }


                            	    }


                            	    }
                            	    break;

                            	default :
                            	    if ( cnt58 >= 1 ) break loop58;
                                        EarlyExitException eee =
                                            new EarlyExitException(58, input);
                                        throw eee;
                                }
                                cnt58++;
                            } while (true);


                            }
                            break;

                    }

                    otherlv_11=(Token)match(input,43,FOLLOW_2); 

                    				newLeafNode(otherlv_11, grammarAccess.getPrimaryAccess().getRightParenthesisKeyword_6_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePrimary"


    // $ANTLR start "entryRuleNumberLiteral"
    // InternalRules.g:3942:1: entryRuleNumberLiteral returns [EObject current=null] : iv_ruleNumberLiteral= ruleNumberLiteral EOF ;
    public final EObject entryRuleNumberLiteral() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleNumberLiteral = null;


        try {
            // InternalRules.g:3942:54: (iv_ruleNumberLiteral= ruleNumberLiteral EOF )
            // InternalRules.g:3943:2: iv_ruleNumberLiteral= ruleNumberLiteral EOF
            {
             newCompositeNode(grammarAccess.getNumberLiteralRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleNumberLiteral=ruleNumberLiteral();

            state._fsp--;

             current =iv_ruleNumberLiteral; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleNumberLiteral"


    // $ANTLR start "ruleNumberLiteral"
    // InternalRules.g:3949:1: ruleNumberLiteral returns [EObject current=null] : ( ( (lv_value_0_0= ruleDecimal ) ) ( ( (lv_currency_1_0= RULE_ID ) ) | ( (lv_unit_2_0= ruleDurationUnit ) ) )? ) ;
    public final EObject ruleNumberLiteral() throws RecognitionException {
        EObject current = null;

        Token lv_currency_1_0=null;
        AntlrDatatypeRuleToken lv_value_0_0 = null;

        AntlrDatatypeRuleToken lv_unit_2_0 = null;



        	enterRule();

        try {
            // InternalRules.g:3955:2: ( ( ( (lv_value_0_0= ruleDecimal ) ) ( ( (lv_currency_1_0= RULE_ID ) ) | ( (lv_unit_2_0= ruleDurationUnit ) ) )? ) )
            // InternalRules.g:3956:2: ( ( (lv_value_0_0= ruleDecimal ) ) ( ( (lv_currency_1_0= RULE_ID ) ) | ( (lv_unit_2_0= ruleDurationUnit ) ) )? )
            {
            // InternalRules.g:3956:2: ( ( (lv_value_0_0= ruleDecimal ) ) ( ( (lv_currency_1_0= RULE_ID ) ) | ( (lv_unit_2_0= ruleDurationUnit ) ) )? )
            // InternalRules.g:3957:3: ( (lv_value_0_0= ruleDecimal ) ) ( ( (lv_currency_1_0= RULE_ID ) ) | ( (lv_unit_2_0= ruleDurationUnit ) ) )?
            {
            // InternalRules.g:3957:3: ( (lv_value_0_0= ruleDecimal ) )
            // InternalRules.g:3958:4: (lv_value_0_0= ruleDecimal )
            {
            // InternalRules.g:3958:4: (lv_value_0_0= ruleDecimal )
            // InternalRules.g:3959:5: lv_value_0_0= ruleDecimal
            {

            					newCompositeNode(grammarAccess.getNumberLiteralAccess().getValueDecimalParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_79);
            lv_value_0_0=ruleDecimal();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getNumberLiteralRule());
            					}
            					set(
            						current,
            						"value",
            						lv_value_0_0,
            						"io.processware.rules.Rules.Decimal");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalRules.g:3976:3: ( ( (lv_currency_1_0= RULE_ID ) ) | ( (lv_unit_2_0= ruleDurationUnit ) ) )?
            int alt61=3;
            int LA61_0 = input.LA(1);

            if ( (LA61_0==RULE_ID) ) {
                alt61=1;
            }
            else if ( ((LA61_0>=102 && LA61_0<=113)) ) {
                alt61=2;
            }
            switch (alt61) {
                case 1 :
                    // InternalRules.g:3977:4: ( (lv_currency_1_0= RULE_ID ) )
                    {
                    // InternalRules.g:3977:4: ( (lv_currency_1_0= RULE_ID ) )
                    // InternalRules.g:3978:5: (lv_currency_1_0= RULE_ID )
                    {
                    // InternalRules.g:3978:5: (lv_currency_1_0= RULE_ID )
                    // InternalRules.g:3979:6: lv_currency_1_0= RULE_ID
                    {
                    lv_currency_1_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    						newLeafNode(lv_currency_1_0, grammarAccess.getNumberLiteralAccess().getCurrencyIDTerminalRuleCall_1_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getNumberLiteralRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"currency",
                    							lv_currency_1_0,
                    							"io.processware.rules.Rules.ID");
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:3996:4: ( (lv_unit_2_0= ruleDurationUnit ) )
                    {
                    // InternalRules.g:3996:4: ( (lv_unit_2_0= ruleDurationUnit ) )
                    // InternalRules.g:3997:5: (lv_unit_2_0= ruleDurationUnit )
                    {
                    // InternalRules.g:3997:5: (lv_unit_2_0= ruleDurationUnit )
                    // InternalRules.g:3998:6: lv_unit_2_0= ruleDurationUnit
                    {

                    						newCompositeNode(grammarAccess.getNumberLiteralAccess().getUnitDurationUnitParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_unit_2_0=ruleDurationUnit();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getNumberLiteralRule());
                    						}
                    						set(
                    							current,
                    							"unit",
                    							lv_unit_2_0,
                    							"io.processware.rules.Rules.DurationUnit");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleNumberLiteral"


    // $ANTLR start "entryRuleStringLiteral"
    // InternalRules.g:4020:1: entryRuleStringLiteral returns [EObject current=null] : iv_ruleStringLiteral= ruleStringLiteral EOF ;
    public final EObject entryRuleStringLiteral() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStringLiteral = null;


        try {
            // InternalRules.g:4020:54: (iv_ruleStringLiteral= ruleStringLiteral EOF )
            // InternalRules.g:4021:2: iv_ruleStringLiteral= ruleStringLiteral EOF
            {
             newCompositeNode(grammarAccess.getStringLiteralRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleStringLiteral=ruleStringLiteral();

            state._fsp--;

             current =iv_ruleStringLiteral; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleStringLiteral"


    // $ANTLR start "ruleStringLiteral"
    // InternalRules.g:4027:1: ruleStringLiteral returns [EObject current=null] : ( (lv_value_0_0= RULE_STRING ) ) ;
    public final EObject ruleStringLiteral() throws RecognitionException {
        EObject current = null;

        Token lv_value_0_0=null;


        	enterRule();

        try {
            // InternalRules.g:4033:2: ( ( (lv_value_0_0= RULE_STRING ) ) )
            // InternalRules.g:4034:2: ( (lv_value_0_0= RULE_STRING ) )
            {
            // InternalRules.g:4034:2: ( (lv_value_0_0= RULE_STRING ) )
            // InternalRules.g:4035:3: (lv_value_0_0= RULE_STRING )
            {
            // InternalRules.g:4035:3: (lv_value_0_0= RULE_STRING )
            // InternalRules.g:4036:4: lv_value_0_0= RULE_STRING
            {
            lv_value_0_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            				newLeafNode(lv_value_0_0, grammarAccess.getStringLiteralAccess().getValueSTRINGTerminalRuleCall_0());
            			

            				if (current==null) {
            					current = createModelElement(grammarAccess.getStringLiteralRule());
            				}
            				setWithLastConsumed(
            					current,
            					"value",
            					lv_value_0_0,
            					"org.eclipse.xtext.common.Terminals.STRING");
            			

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleStringLiteral"


    // $ANTLR start "entryRuleBooleanLiteral"
    // InternalRules.g:4055:1: entryRuleBooleanLiteral returns [EObject current=null] : iv_ruleBooleanLiteral= ruleBooleanLiteral EOF ;
    public final EObject entryRuleBooleanLiteral() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBooleanLiteral = null;


        try {
            // InternalRules.g:4055:55: (iv_ruleBooleanLiteral= ruleBooleanLiteral EOF )
            // InternalRules.g:4056:2: iv_ruleBooleanLiteral= ruleBooleanLiteral EOF
            {
             newCompositeNode(grammarAccess.getBooleanLiteralRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBooleanLiteral=ruleBooleanLiteral();

            state._fsp--;

             current =iv_ruleBooleanLiteral; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBooleanLiteral"


    // $ANTLR start "ruleBooleanLiteral"
    // InternalRules.g:4062:1: ruleBooleanLiteral returns [EObject current=null] : ( () ( ( (lv_value_1_0= 'true' ) ) | otherlv_2= 'false' ) ) ;
    public final EObject ruleBooleanLiteral() throws RecognitionException {
        EObject current = null;

        Token lv_value_1_0=null;
        Token otherlv_2=null;


        	enterRule();

        try {
            // InternalRules.g:4068:2: ( ( () ( ( (lv_value_1_0= 'true' ) ) | otherlv_2= 'false' ) ) )
            // InternalRules.g:4069:2: ( () ( ( (lv_value_1_0= 'true' ) ) | otherlv_2= 'false' ) )
            {
            // InternalRules.g:4069:2: ( () ( ( (lv_value_1_0= 'true' ) ) | otherlv_2= 'false' ) )
            // InternalRules.g:4070:3: () ( ( (lv_value_1_0= 'true' ) ) | otherlv_2= 'false' )
            {
            // InternalRules.g:4070:3: ()
            // InternalRules.g:4071:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getBooleanLiteralAccess().getBooleanLiteralAction_0(),
            					current);
            			

            }

            // InternalRules.g:4077:3: ( ( (lv_value_1_0= 'true' ) ) | otherlv_2= 'false' )
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( (LA62_0==91) ) {
                alt62=1;
            }
            else if ( (LA62_0==92) ) {
                alt62=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 62, 0, input);

                throw nvae;
            }
            switch (alt62) {
                case 1 :
                    // InternalRules.g:4078:4: ( (lv_value_1_0= 'true' ) )
                    {
                    // InternalRules.g:4078:4: ( (lv_value_1_0= 'true' ) )
                    // InternalRules.g:4079:5: (lv_value_1_0= 'true' )
                    {
                    // InternalRules.g:4079:5: (lv_value_1_0= 'true' )
                    // InternalRules.g:4080:6: lv_value_1_0= 'true'
                    {
                    lv_value_1_0=(Token)match(input,91,FOLLOW_2); 

                    						newLeafNode(lv_value_1_0, grammarAccess.getBooleanLiteralAccess().getValueTrueKeyword_1_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getBooleanLiteralRule());
                    						}
                    						setWithLastConsumed(current, "value", lv_value_1_0 != null, "true");
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:4093:4: otherlv_2= 'false'
                    {
                    otherlv_2=(Token)match(input,92,FOLLOW_2); 

                    				newLeafNode(otherlv_2, grammarAccess.getBooleanLiteralAccess().getFalseKeyword_1_1());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBooleanLiteral"


    // $ANTLR start "entryRuleDateLiteral"
    // InternalRules.g:4102:1: entryRuleDateLiteral returns [EObject current=null] : iv_ruleDateLiteral= ruleDateLiteral EOF ;
    public final EObject entryRuleDateLiteral() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDateLiteral = null;


        try {
            // InternalRules.g:4102:52: (iv_ruleDateLiteral= ruleDateLiteral EOF )
            // InternalRules.g:4103:2: iv_ruleDateLiteral= ruleDateLiteral EOF
            {
             newCompositeNode(grammarAccess.getDateLiteralRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDateLiteral=ruleDateLiteral();

            state._fsp--;

             current =iv_ruleDateLiteral; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDateLiteral"


    // $ANTLR start "ruleDateLiteral"
    // InternalRules.g:4109:1: ruleDateLiteral returns [EObject current=null] : (otherlv_0= 'date' ( (lv_value_1_0= RULE_STRING ) ) ) ;
    public final EObject ruleDateLiteral() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_value_1_0=null;


        	enterRule();

        try {
            // InternalRules.g:4115:2: ( (otherlv_0= 'date' ( (lv_value_1_0= RULE_STRING ) ) ) )
            // InternalRules.g:4116:2: (otherlv_0= 'date' ( (lv_value_1_0= RULE_STRING ) ) )
            {
            // InternalRules.g:4116:2: (otherlv_0= 'date' ( (lv_value_1_0= RULE_STRING ) ) )
            // InternalRules.g:4117:3: otherlv_0= 'date' ( (lv_value_1_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,93,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getDateLiteralAccess().getDateKeyword_0());
            		
            // InternalRules.g:4121:3: ( (lv_value_1_0= RULE_STRING ) )
            // InternalRules.g:4122:4: (lv_value_1_0= RULE_STRING )
            {
            // InternalRules.g:4122:4: (lv_value_1_0= RULE_STRING )
            // InternalRules.g:4123:5: lv_value_1_0= RULE_STRING
            {
            lv_value_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_value_1_0, grammarAccess.getDateLiteralAccess().getValueSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getDateLiteralRule());
            					}
            					setWithLastConsumed(
            						current,
            						"value",
            						lv_value_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDateLiteral"


    // $ANTLR start "entryRuleFunctionCall"
    // InternalRules.g:4143:1: entryRuleFunctionCall returns [EObject current=null] : iv_ruleFunctionCall= ruleFunctionCall EOF ;
    public final EObject entryRuleFunctionCall() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFunctionCall = null;


        try {
            // InternalRules.g:4143:53: (iv_ruleFunctionCall= ruleFunctionCall EOF )
            // InternalRules.g:4144:2: iv_ruleFunctionCall= ruleFunctionCall EOF
            {
             newCompositeNode(grammarAccess.getFunctionCallRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFunctionCall=ruleFunctionCall();

            state._fsp--;

             current =iv_ruleFunctionCall; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleFunctionCall"


    // $ANTLR start "ruleFunctionCall"
    // InternalRules.g:4150:1: ruleFunctionCall returns [EObject current=null] : ( ( (lv_function_0_0= ruleFunctionName ) ) otherlv_1= '(' ( ( (lv_arguments_2_0= ruleExpression ) ) (otherlv_3= ',' ( (lv_arguments_4_0= ruleExpression ) ) )* )? otherlv_5= ')' ) ;
    public final EObject ruleFunctionCall() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        AntlrDatatypeRuleToken lv_function_0_0 = null;

        EObject lv_arguments_2_0 = null;

        EObject lv_arguments_4_0 = null;



        	enterRule();

        try {
            // InternalRules.g:4156:2: ( ( ( (lv_function_0_0= ruleFunctionName ) ) otherlv_1= '(' ( ( (lv_arguments_2_0= ruleExpression ) ) (otherlv_3= ',' ( (lv_arguments_4_0= ruleExpression ) ) )* )? otherlv_5= ')' ) )
            // InternalRules.g:4157:2: ( ( (lv_function_0_0= ruleFunctionName ) ) otherlv_1= '(' ( ( (lv_arguments_2_0= ruleExpression ) ) (otherlv_3= ',' ( (lv_arguments_4_0= ruleExpression ) ) )* )? otherlv_5= ')' )
            {
            // InternalRules.g:4157:2: ( ( (lv_function_0_0= ruleFunctionName ) ) otherlv_1= '(' ( ( (lv_arguments_2_0= ruleExpression ) ) (otherlv_3= ',' ( (lv_arguments_4_0= ruleExpression ) ) )* )? otherlv_5= ')' )
            // InternalRules.g:4158:3: ( (lv_function_0_0= ruleFunctionName ) ) otherlv_1= '(' ( ( (lv_arguments_2_0= ruleExpression ) ) (otherlv_3= ',' ( (lv_arguments_4_0= ruleExpression ) ) )* )? otherlv_5= ')'
            {
            // InternalRules.g:4158:3: ( (lv_function_0_0= ruleFunctionName ) )
            // InternalRules.g:4159:4: (lv_function_0_0= ruleFunctionName )
            {
            // InternalRules.g:4159:4: (lv_function_0_0= ruleFunctionName )
            // InternalRules.g:4160:5: lv_function_0_0= ruleFunctionName
            {

            					newCompositeNode(grammarAccess.getFunctionCallAccess().getFunctionFunctionNameParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_36);
            lv_function_0_0=ruleFunctionName();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getFunctionCallRule());
            					}
            					set(
            						current,
            						"function",
            						lv_function_0_0,
            						"io.processware.rules.Rules.FunctionName");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_1=(Token)match(input,41,FOLLOW_80); 

            			newLeafNode(otherlv_1, grammarAccess.getFunctionCallAccess().getLeftParenthesisKeyword_1());
            		
            // InternalRules.g:4181:3: ( ( (lv_arguments_2_0= ruleExpression ) ) (otherlv_3= ',' ( (lv_arguments_4_0= ruleExpression ) ) )* )?
            int alt64=2;
            int LA64_0 = input.LA(1);

            if ( ((LA64_0>=RULE_STRING && LA64_0<=RULE_INT)||(LA64_0>=35 && LA64_0<=38)||LA64_0==41||(LA64_0>=47 && LA64_0<=48)||(LA64_0>=91 && LA64_0<=101)) ) {
                alt64=1;
            }
            switch (alt64) {
                case 1 :
                    // InternalRules.g:4182:4: ( (lv_arguments_2_0= ruleExpression ) ) (otherlv_3= ',' ( (lv_arguments_4_0= ruleExpression ) ) )*
                    {
                    // InternalRules.g:4182:4: ( (lv_arguments_2_0= ruleExpression ) )
                    // InternalRules.g:4183:5: (lv_arguments_2_0= ruleExpression )
                    {
                    // InternalRules.g:4183:5: (lv_arguments_2_0= ruleExpression )
                    // InternalRules.g:4184:6: lv_arguments_2_0= ruleExpression
                    {

                    						newCompositeNode(grammarAccess.getFunctionCallAccess().getArgumentsExpressionParserRuleCall_2_0_0());
                    					
                    pushFollow(FOLLOW_37);
                    lv_arguments_2_0=ruleExpression();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getFunctionCallRule());
                    						}
                    						add(
                    							current,
                    							"arguments",
                    							lv_arguments_2_0,
                    							"io.processware.rules.Rules.Expression");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalRules.g:4201:4: (otherlv_3= ',' ( (lv_arguments_4_0= ruleExpression ) ) )*
                    loop63:
                    do {
                        int alt63=2;
                        int LA63_0 = input.LA(1);

                        if ( (LA63_0==42) ) {
                            alt63=1;
                        }


                        switch (alt63) {
                    	case 1 :
                    	    // InternalRules.g:4202:5: otherlv_3= ',' ( (lv_arguments_4_0= ruleExpression ) )
                    	    {
                    	    otherlv_3=(Token)match(input,42,FOLLOW_11); 

                    	    					newLeafNode(otherlv_3, grammarAccess.getFunctionCallAccess().getCommaKeyword_2_1_0());
                    	    				
                    	    // InternalRules.g:4206:5: ( (lv_arguments_4_0= ruleExpression ) )
                    	    // InternalRules.g:4207:6: (lv_arguments_4_0= ruleExpression )
                    	    {
                    	    // InternalRules.g:4207:6: (lv_arguments_4_0= ruleExpression )
                    	    // InternalRules.g:4208:7: lv_arguments_4_0= ruleExpression
                    	    {

                    	    							newCompositeNode(grammarAccess.getFunctionCallAccess().getArgumentsExpressionParserRuleCall_2_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_37);
                    	    lv_arguments_4_0=ruleExpression();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getFunctionCallRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"arguments",
                    	    								lv_arguments_4_0,
                    	    								"io.processware.rules.Rules.Expression");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop63;
                        }
                    } while (true);


                    }
                    break;

            }

            otherlv_5=(Token)match(input,43,FOLLOW_2); 

            			newLeafNode(otherlv_5, grammarAccess.getFunctionCallAccess().getRightParenthesisKeyword_3());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleFunctionCall"


    // $ANTLR start "entryRuleFunctionName"
    // InternalRules.g:4235:1: entryRuleFunctionName returns [String current=null] : iv_ruleFunctionName= ruleFunctionName EOF ;
    public final String entryRuleFunctionName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleFunctionName = null;


        try {
            // InternalRules.g:4235:52: (iv_ruleFunctionName= ruleFunctionName EOF )
            // InternalRules.g:4236:2: iv_ruleFunctionName= ruleFunctionName EOF
            {
             newCompositeNode(grammarAccess.getFunctionNameRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFunctionName=ruleFunctionName();

            state._fsp--;

             current =iv_ruleFunctionName.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleFunctionName"


    // $ANTLR start "ruleFunctionName"
    // InternalRules.g:4242:1: ruleFunctionName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (kw= 'today' | kw= 'count' | kw= 'sum' | kw= 'min' | kw= 'max' | kw= 'avg' | kw= 'contains' | kw= 'abs' | kw= 'round' | kw= 'length' | kw= 'lower' | kw= 'upper' ) ;
    public final AntlrDatatypeRuleToken ruleFunctionName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;


        	enterRule();

        try {
            // InternalRules.g:4248:2: ( (kw= 'today' | kw= 'count' | kw= 'sum' | kw= 'min' | kw= 'max' | kw= 'avg' | kw= 'contains' | kw= 'abs' | kw= 'round' | kw= 'length' | kw= 'lower' | kw= 'upper' ) )
            // InternalRules.g:4249:2: (kw= 'today' | kw= 'count' | kw= 'sum' | kw= 'min' | kw= 'max' | kw= 'avg' | kw= 'contains' | kw= 'abs' | kw= 'round' | kw= 'length' | kw= 'lower' | kw= 'upper' )
            {
            // InternalRules.g:4249:2: (kw= 'today' | kw= 'count' | kw= 'sum' | kw= 'min' | kw= 'max' | kw= 'avg' | kw= 'contains' | kw= 'abs' | kw= 'round' | kw= 'length' | kw= 'lower' | kw= 'upper' )
            int alt65=12;
            switch ( input.LA(1) ) {
            case 94:
                {
                alt65=1;
                }
                break;
            case 38:
                {
                alt65=2;
                }
                break;
            case 35:
                {
                alt65=3;
                }
                break;
            case 36:
                {
                alt65=4;
                }
                break;
            case 37:
                {
                alt65=5;
                }
                break;
            case 95:
                {
                alt65=6;
                }
                break;
            case 96:
                {
                alt65=7;
                }
                break;
            case 97:
                {
                alt65=8;
                }
                break;
            case 98:
                {
                alt65=9;
                }
                break;
            case 99:
                {
                alt65=10;
                }
                break;
            case 100:
                {
                alt65=11;
                }
                break;
            case 101:
                {
                alt65=12;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 65, 0, input);

                throw nvae;
            }

            switch (alt65) {
                case 1 :
                    // InternalRules.g:4250:3: kw= 'today'
                    {
                    kw=(Token)match(input,94,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getFunctionNameAccess().getTodayKeyword_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalRules.g:4256:3: kw= 'count'
                    {
                    kw=(Token)match(input,38,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getFunctionNameAccess().getCountKeyword_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalRules.g:4262:3: kw= 'sum'
                    {
                    kw=(Token)match(input,35,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getFunctionNameAccess().getSumKeyword_2());
                    		

                    }
                    break;
                case 4 :
                    // InternalRules.g:4268:3: kw= 'min'
                    {
                    kw=(Token)match(input,36,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getFunctionNameAccess().getMinKeyword_3());
                    		

                    }
                    break;
                case 5 :
                    // InternalRules.g:4274:3: kw= 'max'
                    {
                    kw=(Token)match(input,37,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getFunctionNameAccess().getMaxKeyword_4());
                    		

                    }
                    break;
                case 6 :
                    // InternalRules.g:4280:3: kw= 'avg'
                    {
                    kw=(Token)match(input,95,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getFunctionNameAccess().getAvgKeyword_5());
                    		

                    }
                    break;
                case 7 :
                    // InternalRules.g:4286:3: kw= 'contains'
                    {
                    kw=(Token)match(input,96,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getFunctionNameAccess().getContainsKeyword_6());
                    		

                    }
                    break;
                case 8 :
                    // InternalRules.g:4292:3: kw= 'abs'
                    {
                    kw=(Token)match(input,97,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getFunctionNameAccess().getAbsKeyword_7());
                    		

                    }
                    break;
                case 9 :
                    // InternalRules.g:4298:3: kw= 'round'
                    {
                    kw=(Token)match(input,98,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getFunctionNameAccess().getRoundKeyword_8());
                    		

                    }
                    break;
                case 10 :
                    // InternalRules.g:4304:3: kw= 'length'
                    {
                    kw=(Token)match(input,99,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getFunctionNameAccess().getLengthKeyword_9());
                    		

                    }
                    break;
                case 11 :
                    // InternalRules.g:4310:3: kw= 'lower'
                    {
                    kw=(Token)match(input,100,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getFunctionNameAccess().getLowerKeyword_10());
                    		

                    }
                    break;
                case 12 :
                    // InternalRules.g:4316:3: kw= 'upper'
                    {
                    kw=(Token)match(input,101,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getFunctionNameAccess().getUpperKeyword_11());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleFunctionName"


    // $ANTLR start "entryRuleSymbolRef"
    // InternalRules.g:4325:1: entryRuleSymbolRef returns [EObject current=null] : iv_ruleSymbolRef= ruleSymbolRef EOF ;
    public final EObject entryRuleSymbolRef() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSymbolRef = null;


        try {
            // InternalRules.g:4325:50: (iv_ruleSymbolRef= ruleSymbolRef EOF )
            // InternalRules.g:4326:2: iv_ruleSymbolRef= ruleSymbolRef EOF
            {
             newCompositeNode(grammarAccess.getSymbolRefRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSymbolRef=ruleSymbolRef();

            state._fsp--;

             current =iv_ruleSymbolRef; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSymbolRef"


    // $ANTLR start "ruleSymbolRef"
    // InternalRules.g:4332:1: ruleSymbolRef returns [EObject current=null] : ( (otherlv_0= RULE_ID ) ) ;
    public final EObject ruleSymbolRef() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;


        	enterRule();

        try {
            // InternalRules.g:4338:2: ( ( (otherlv_0= RULE_ID ) ) )
            // InternalRules.g:4339:2: ( (otherlv_0= RULE_ID ) )
            {
            // InternalRules.g:4339:2: ( (otherlv_0= RULE_ID ) )
            // InternalRules.g:4340:3: (otherlv_0= RULE_ID )
            {
            // InternalRules.g:4340:3: (otherlv_0= RULE_ID )
            // InternalRules.g:4341:4: otherlv_0= RULE_ID
            {

            				if (current==null) {
            					current = createModelElement(grammarAccess.getSymbolRefRule());
            				}
            			
            otherlv_0=(Token)match(input,RULE_ID,FOLLOW_2); 

            				newLeafNode(otherlv_0, grammarAccess.getSymbolRefAccess().getSymbolSymbolCrossReference_0());
            			

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSymbolRef"


    // $ANTLR start "entryRuleDecimal"
    // InternalRules.g:4355:1: entryRuleDecimal returns [String current=null] : iv_ruleDecimal= ruleDecimal EOF ;
    public final String entryRuleDecimal() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDecimal = null;


        try {
            // InternalRules.g:4355:47: (iv_ruleDecimal= ruleDecimal EOF )
            // InternalRules.g:4356:2: iv_ruleDecimal= ruleDecimal EOF
            {
             newCompositeNode(grammarAccess.getDecimalRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDecimal=ruleDecimal();

            state._fsp--;

             current =iv_ruleDecimal.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDecimal"


    // $ANTLR start "ruleDecimal"
    // InternalRules.g:4362:1: ruleDecimal returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? ) ;
    public final AntlrDatatypeRuleToken ruleDecimal() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;


        	enterRule();

        try {
            // InternalRules.g:4368:2: ( (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? ) )
            // InternalRules.g:4369:2: (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? )
            {
            // InternalRules.g:4369:2: (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? )
            // InternalRules.g:4370:3: this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )?
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_78); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0());
            		
            // InternalRules.g:4377:3: (kw= '.' this_INT_2= RULE_INT )?
            int alt66=2;
            int LA66_0 = input.LA(1);

            if ( (LA66_0==90) ) {
                int LA66_1 = input.LA(2);

                if ( (LA66_1==RULE_INT) ) {
                    alt66=1;
                }
            }
            switch (alt66) {
                case 1 :
                    // InternalRules.g:4378:4: kw= '.' this_INT_2= RULE_INT
                    {
                    kw=(Token)match(input,90,FOLLOW_16); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getDecimalAccess().getFullStopKeyword_1_0());
                    			
                    this_INT_2=(Token)match(input,RULE_INT,FOLLOW_2); 

                    				current.merge(this_INT_2);
                    			

                    				newLeafNode(this_INT_2, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDecimal"


    // $ANTLR start "entryRuleDurationUnit"
    // InternalRules.g:4395:1: entryRuleDurationUnit returns [String current=null] : iv_ruleDurationUnit= ruleDurationUnit EOF ;
    public final String entryRuleDurationUnit() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDurationUnit = null;


        try {
            // InternalRules.g:4395:52: (iv_ruleDurationUnit= ruleDurationUnit EOF )
            // InternalRules.g:4396:2: iv_ruleDurationUnit= ruleDurationUnit EOF
            {
             newCompositeNode(grammarAccess.getDurationUnitRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDurationUnit=ruleDurationUnit();

            state._fsp--;

             current =iv_ruleDurationUnit.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDurationUnit"


    // $ANTLR start "ruleDurationUnit"
    // InternalRules.g:4402:1: ruleDurationUnit returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (kw= 'minute' | kw= 'minutes' | kw= 'hour' | kw= 'hours' | kw= 'day' | kw= 'days' | kw= 'week' | kw= 'weeks' | kw= 'month' | kw= 'months' | kw= 'year' | kw= 'years' ) ;
    public final AntlrDatatypeRuleToken ruleDurationUnit() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;


        	enterRule();

        try {
            // InternalRules.g:4408:2: ( (kw= 'minute' | kw= 'minutes' | kw= 'hour' | kw= 'hours' | kw= 'day' | kw= 'days' | kw= 'week' | kw= 'weeks' | kw= 'month' | kw= 'months' | kw= 'year' | kw= 'years' ) )
            // InternalRules.g:4409:2: (kw= 'minute' | kw= 'minutes' | kw= 'hour' | kw= 'hours' | kw= 'day' | kw= 'days' | kw= 'week' | kw= 'weeks' | kw= 'month' | kw= 'months' | kw= 'year' | kw= 'years' )
            {
            // InternalRules.g:4409:2: (kw= 'minute' | kw= 'minutes' | kw= 'hour' | kw= 'hours' | kw= 'day' | kw= 'days' | kw= 'week' | kw= 'weeks' | kw= 'month' | kw= 'months' | kw= 'year' | kw= 'years' )
            int alt67=12;
            switch ( input.LA(1) ) {
            case 102:
                {
                alt67=1;
                }
                break;
            case 103:
                {
                alt67=2;
                }
                break;
            case 104:
                {
                alt67=3;
                }
                break;
            case 105:
                {
                alt67=4;
                }
                break;
            case 106:
                {
                alt67=5;
                }
                break;
            case 107:
                {
                alt67=6;
                }
                break;
            case 108:
                {
                alt67=7;
                }
                break;
            case 109:
                {
                alt67=8;
                }
                break;
            case 110:
                {
                alt67=9;
                }
                break;
            case 111:
                {
                alt67=10;
                }
                break;
            case 112:
                {
                alt67=11;
                }
                break;
            case 113:
                {
                alt67=12;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 67, 0, input);

                throw nvae;
            }

            switch (alt67) {
                case 1 :
                    // InternalRules.g:4410:3: kw= 'minute'
                    {
                    kw=(Token)match(input,102,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getDurationUnitAccess().getMinuteKeyword_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalRules.g:4416:3: kw= 'minutes'
                    {
                    kw=(Token)match(input,103,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getDurationUnitAccess().getMinutesKeyword_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalRules.g:4422:3: kw= 'hour'
                    {
                    kw=(Token)match(input,104,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getDurationUnitAccess().getHourKeyword_2());
                    		

                    }
                    break;
                case 4 :
                    // InternalRules.g:4428:3: kw= 'hours'
                    {
                    kw=(Token)match(input,105,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getDurationUnitAccess().getHoursKeyword_3());
                    		

                    }
                    break;
                case 5 :
                    // InternalRules.g:4434:3: kw= 'day'
                    {
                    kw=(Token)match(input,106,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getDurationUnitAccess().getDayKeyword_4());
                    		

                    }
                    break;
                case 6 :
                    // InternalRules.g:4440:3: kw= 'days'
                    {
                    kw=(Token)match(input,107,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getDurationUnitAccess().getDaysKeyword_5());
                    		

                    }
                    break;
                case 7 :
                    // InternalRules.g:4446:3: kw= 'week'
                    {
                    kw=(Token)match(input,108,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getDurationUnitAccess().getWeekKeyword_6());
                    		

                    }
                    break;
                case 8 :
                    // InternalRules.g:4452:3: kw= 'weeks'
                    {
                    kw=(Token)match(input,109,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getDurationUnitAccess().getWeeksKeyword_7());
                    		

                    }
                    break;
                case 9 :
                    // InternalRules.g:4458:3: kw= 'month'
                    {
                    kw=(Token)match(input,110,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getDurationUnitAccess().getMonthKeyword_8());
                    		

                    }
                    break;
                case 10 :
                    // InternalRules.g:4464:3: kw= 'months'
                    {
                    kw=(Token)match(input,111,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getDurationUnitAccess().getMonthsKeyword_9());
                    		

                    }
                    break;
                case 11 :
                    // InternalRules.g:4470:3: kw= 'year'
                    {
                    kw=(Token)match(input,112,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getDurationUnitAccess().getYearKeyword_10());
                    		

                    }
                    break;
                case 12 :
                    // InternalRules.g:4476:3: kw= 'years'
                    {
                    kw=(Token)match(input,113,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getDurationUnitAccess().getYearsKeyword_11());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDurationUnit"


    // $ANTLR start "entryRuleQualifiedName"
    // InternalRules.g:4485:1: entryRuleQualifiedName returns [String current=null] : iv_ruleQualifiedName= ruleQualifiedName EOF ;
    public final String entryRuleQualifiedName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleQualifiedName = null;


        try {
            // InternalRules.g:4485:53: (iv_ruleQualifiedName= ruleQualifiedName EOF )
            // InternalRules.g:4486:2: iv_ruleQualifiedName= ruleQualifiedName EOF
            {
             newCompositeNode(grammarAccess.getQualifiedNameRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleQualifiedName=ruleQualifiedName();

            state._fsp--;

             current =iv_ruleQualifiedName.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleQualifiedName"


    // $ANTLR start "ruleQualifiedName"
    // InternalRules.g:4492:1: ruleQualifiedName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* ) ;
    public final AntlrDatatypeRuleToken ruleQualifiedName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;
        Token this_ID_2=null;


        	enterRule();

        try {
            // InternalRules.g:4498:2: ( (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* ) )
            // InternalRules.g:4499:2: (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* )
            {
            // InternalRules.g:4499:2: (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* )
            // InternalRules.g:4500:3: this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )*
            {
            this_ID_0=(Token)match(input,RULE_ID,FOLLOW_78); 

            			current.merge(this_ID_0);
            		

            			newLeafNode(this_ID_0, grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_0());
            		
            // InternalRules.g:4507:3: (kw= '.' this_ID_2= RULE_ID )*
            loop68:
            do {
                int alt68=2;
                int LA68_0 = input.LA(1);

                if ( (LA68_0==90) ) {
                    alt68=1;
                }


                switch (alt68) {
            	case 1 :
            	    // InternalRules.g:4508:4: kw= '.' this_ID_2= RULE_ID
            	    {
            	    kw=(Token)match(input,90,FOLLOW_3); 

            	    				current.merge(kw);
            	    				newLeafNode(kw, grammarAccess.getQualifiedNameAccess().getFullStopKeyword_1_0());
            	    			
            	    this_ID_2=(Token)match(input,RULE_ID,FOLLOW_78); 

            	    				current.merge(this_ID_2);
            	    			

            	    				newLeafNode(this_ID_2, grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_1_1());
            	    			

            	    }
            	    break;

            	default :
            	    break loop68;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleQualifiedName"


    // $ANTLR start "rulePrimitiveKind"
    // InternalRules.g:4525:1: rulePrimitiveKind returns [Enumerator current=null] : ( (enumLiteral_0= 'number' ) | (enumLiteral_1= 'money' ) | (enumLiteral_2= 'text' ) | (enumLiteral_3= 'boolean' ) | (enumLiteral_4= 'date' ) | (enumLiteral_5= 'duration' ) ) ;
    public final Enumerator rulePrimitiveKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;


        	enterRule();

        try {
            // InternalRules.g:4531:2: ( ( (enumLiteral_0= 'number' ) | (enumLiteral_1= 'money' ) | (enumLiteral_2= 'text' ) | (enumLiteral_3= 'boolean' ) | (enumLiteral_4= 'date' ) | (enumLiteral_5= 'duration' ) ) )
            // InternalRules.g:4532:2: ( (enumLiteral_0= 'number' ) | (enumLiteral_1= 'money' ) | (enumLiteral_2= 'text' ) | (enumLiteral_3= 'boolean' ) | (enumLiteral_4= 'date' ) | (enumLiteral_5= 'duration' ) )
            {
            // InternalRules.g:4532:2: ( (enumLiteral_0= 'number' ) | (enumLiteral_1= 'money' ) | (enumLiteral_2= 'text' ) | (enumLiteral_3= 'boolean' ) | (enumLiteral_4= 'date' ) | (enumLiteral_5= 'duration' ) )
            int alt69=6;
            switch ( input.LA(1) ) {
            case 114:
                {
                alt69=1;
                }
                break;
            case 115:
                {
                alt69=2;
                }
                break;
            case 116:
                {
                alt69=3;
                }
                break;
            case 117:
                {
                alt69=4;
                }
                break;
            case 93:
                {
                alt69=5;
                }
                break;
            case 118:
                {
                alt69=6;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 69, 0, input);

                throw nvae;
            }

            switch (alt69) {
                case 1 :
                    // InternalRules.g:4533:3: (enumLiteral_0= 'number' )
                    {
                    // InternalRules.g:4533:3: (enumLiteral_0= 'number' )
                    // InternalRules.g:4534:4: enumLiteral_0= 'number'
                    {
                    enumLiteral_0=(Token)match(input,114,FOLLOW_2); 

                    				current = grammarAccess.getPrimitiveKindAccess().getNUMBEREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getPrimitiveKindAccess().getNUMBEREnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:4541:3: (enumLiteral_1= 'money' )
                    {
                    // InternalRules.g:4541:3: (enumLiteral_1= 'money' )
                    // InternalRules.g:4542:4: enumLiteral_1= 'money'
                    {
                    enumLiteral_1=(Token)match(input,115,FOLLOW_2); 

                    				current = grammarAccess.getPrimitiveKindAccess().getMONEYEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getPrimitiveKindAccess().getMONEYEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalRules.g:4549:3: (enumLiteral_2= 'text' )
                    {
                    // InternalRules.g:4549:3: (enumLiteral_2= 'text' )
                    // InternalRules.g:4550:4: enumLiteral_2= 'text'
                    {
                    enumLiteral_2=(Token)match(input,116,FOLLOW_2); 

                    				current = grammarAccess.getPrimitiveKindAccess().getTEXTEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getPrimitiveKindAccess().getTEXTEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalRules.g:4557:3: (enumLiteral_3= 'boolean' )
                    {
                    // InternalRules.g:4557:3: (enumLiteral_3= 'boolean' )
                    // InternalRules.g:4558:4: enumLiteral_3= 'boolean'
                    {
                    enumLiteral_3=(Token)match(input,117,FOLLOW_2); 

                    				current = grammarAccess.getPrimitiveKindAccess().getBOOLEANEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getPrimitiveKindAccess().getBOOLEANEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalRules.g:4565:3: (enumLiteral_4= 'date' )
                    {
                    // InternalRules.g:4565:3: (enumLiteral_4= 'date' )
                    // InternalRules.g:4566:4: enumLiteral_4= 'date'
                    {
                    enumLiteral_4=(Token)match(input,93,FOLLOW_2); 

                    				current = grammarAccess.getPrimitiveKindAccess().getDATEEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getPrimitiveKindAccess().getDATEEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalRules.g:4573:3: (enumLiteral_5= 'duration' )
                    {
                    // InternalRules.g:4573:3: (enumLiteral_5= 'duration' )
                    // InternalRules.g:4574:4: enumLiteral_5= 'duration'
                    {
                    enumLiteral_5=(Token)match(input,118,FOLLOW_2); 

                    				current = grammarAccess.getPrimitiveKindAccess().getDURATIONEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getPrimitiveKindAccess().getDURATIONEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePrimitiveKind"


    // $ANTLR start "ruleDeterminismMarker"
    // InternalRules.g:4584:1: ruleDeterminismMarker returns [Enumerator current=null] : ( (enumLiteral_0= 'deterministic' ) | (enumLiteral_1= 'partial' ) | (enumLiteral_2= 'variable' ) ) ;
    public final Enumerator ruleDeterminismMarker() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalRules.g:4590:2: ( ( (enumLiteral_0= 'deterministic' ) | (enumLiteral_1= 'partial' ) | (enumLiteral_2= 'variable' ) ) )
            // InternalRules.g:4591:2: ( (enumLiteral_0= 'deterministic' ) | (enumLiteral_1= 'partial' ) | (enumLiteral_2= 'variable' ) )
            {
            // InternalRules.g:4591:2: ( (enumLiteral_0= 'deterministic' ) | (enumLiteral_1= 'partial' ) | (enumLiteral_2= 'variable' ) )
            int alt70=3;
            switch ( input.LA(1) ) {
            case 119:
                {
                alt70=1;
                }
                break;
            case 120:
                {
                alt70=2;
                }
                break;
            case 77:
                {
                alt70=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 70, 0, input);

                throw nvae;
            }

            switch (alt70) {
                case 1 :
                    // InternalRules.g:4592:3: (enumLiteral_0= 'deterministic' )
                    {
                    // InternalRules.g:4592:3: (enumLiteral_0= 'deterministic' )
                    // InternalRules.g:4593:4: enumLiteral_0= 'deterministic'
                    {
                    enumLiteral_0=(Token)match(input,119,FOLLOW_2); 

                    				current = grammarAccess.getDeterminismMarkerAccess().getDETERMINISTICEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getDeterminismMarkerAccess().getDETERMINISTICEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:4600:3: (enumLiteral_1= 'partial' )
                    {
                    // InternalRules.g:4600:3: (enumLiteral_1= 'partial' )
                    // InternalRules.g:4601:4: enumLiteral_1= 'partial'
                    {
                    enumLiteral_1=(Token)match(input,120,FOLLOW_2); 

                    				current = grammarAccess.getDeterminismMarkerAccess().getPARTIALEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getDeterminismMarkerAccess().getPARTIALEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalRules.g:4608:3: (enumLiteral_2= 'variable' )
                    {
                    // InternalRules.g:4608:3: (enumLiteral_2= 'variable' )
                    // InternalRules.g:4609:4: enumLiteral_2= 'variable'
                    {
                    enumLiteral_2=(Token)match(input,77,FOLLOW_2); 

                    				current = grammarAccess.getDeterminismMarkerAccess().getNON_DETERMINISTICEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getDeterminismMarkerAccess().getNON_DETERMINISTICEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDeterminismMarker"


    // $ANTLR start "ruleSeverity"
    // InternalRules.g:4619:1: ruleSeverity returns [Enumerator current=null] : ( (enumLiteral_0= 'error' ) | (enumLiteral_1= 'warning' ) ) ;
    public final Enumerator ruleSeverity() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;


        	enterRule();

        try {
            // InternalRules.g:4625:2: ( ( (enumLiteral_0= 'error' ) | (enumLiteral_1= 'warning' ) ) )
            // InternalRules.g:4626:2: ( (enumLiteral_0= 'error' ) | (enumLiteral_1= 'warning' ) )
            {
            // InternalRules.g:4626:2: ( (enumLiteral_0= 'error' ) | (enumLiteral_1= 'warning' ) )
            int alt71=2;
            int LA71_0 = input.LA(1);

            if ( (LA71_0==121) ) {
                alt71=1;
            }
            else if ( (LA71_0==122) ) {
                alt71=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 71, 0, input);

                throw nvae;
            }
            switch (alt71) {
                case 1 :
                    // InternalRules.g:4627:3: (enumLiteral_0= 'error' )
                    {
                    // InternalRules.g:4627:3: (enumLiteral_0= 'error' )
                    // InternalRules.g:4628:4: enumLiteral_0= 'error'
                    {
                    enumLiteral_0=(Token)match(input,121,FOLLOW_2); 

                    				current = grammarAccess.getSeverityAccess().getERROREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSeverityAccess().getERROREnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:4635:3: (enumLiteral_1= 'warning' )
                    {
                    // InternalRules.g:4635:3: (enumLiteral_1= 'warning' )
                    // InternalRules.g:4636:4: enumLiteral_1= 'warning'
                    {
                    enumLiteral_1=(Token)match(input,122,FOLLOW_2); 

                    				current = grammarAccess.getSeverityAccess().getWARNINGEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSeverityAccess().getWARNINGEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSeverity"


    // $ANTLR start "ruleHitPolicy"
    // InternalRules.g:4646:1: ruleHitPolicy returns [Enumerator current=null] : ( (enumLiteral_0= 'UNIQUE' ) | (enumLiteral_1= 'FIRST' ) | (enumLiteral_2= 'PRIORITY' ) | (enumLiteral_3= 'ANY' ) | (enumLiteral_4= 'COLLECT' ) ) ;
    public final Enumerator ruleHitPolicy() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalRules.g:4652:2: ( ( (enumLiteral_0= 'UNIQUE' ) | (enumLiteral_1= 'FIRST' ) | (enumLiteral_2= 'PRIORITY' ) | (enumLiteral_3= 'ANY' ) | (enumLiteral_4= 'COLLECT' ) ) )
            // InternalRules.g:4653:2: ( (enumLiteral_0= 'UNIQUE' ) | (enumLiteral_1= 'FIRST' ) | (enumLiteral_2= 'PRIORITY' ) | (enumLiteral_3= 'ANY' ) | (enumLiteral_4= 'COLLECT' ) )
            {
            // InternalRules.g:4653:2: ( (enumLiteral_0= 'UNIQUE' ) | (enumLiteral_1= 'FIRST' ) | (enumLiteral_2= 'PRIORITY' ) | (enumLiteral_3= 'ANY' ) | (enumLiteral_4= 'COLLECT' ) )
            int alt72=5;
            switch ( input.LA(1) ) {
            case 123:
                {
                alt72=1;
                }
                break;
            case 124:
                {
                alt72=2;
                }
                break;
            case 125:
                {
                alt72=3;
                }
                break;
            case 126:
                {
                alt72=4;
                }
                break;
            case 127:
                {
                alt72=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 72, 0, input);

                throw nvae;
            }

            switch (alt72) {
                case 1 :
                    // InternalRules.g:4654:3: (enumLiteral_0= 'UNIQUE' )
                    {
                    // InternalRules.g:4654:3: (enumLiteral_0= 'UNIQUE' )
                    // InternalRules.g:4655:4: enumLiteral_0= 'UNIQUE'
                    {
                    enumLiteral_0=(Token)match(input,123,FOLLOW_2); 

                    				current = grammarAccess.getHitPolicyAccess().getUNIQUEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getHitPolicyAccess().getUNIQUEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:4662:3: (enumLiteral_1= 'FIRST' )
                    {
                    // InternalRules.g:4662:3: (enumLiteral_1= 'FIRST' )
                    // InternalRules.g:4663:4: enumLiteral_1= 'FIRST'
                    {
                    enumLiteral_1=(Token)match(input,124,FOLLOW_2); 

                    				current = grammarAccess.getHitPolicyAccess().getFIRSTEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getHitPolicyAccess().getFIRSTEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalRules.g:4670:3: (enumLiteral_2= 'PRIORITY' )
                    {
                    // InternalRules.g:4670:3: (enumLiteral_2= 'PRIORITY' )
                    // InternalRules.g:4671:4: enumLiteral_2= 'PRIORITY'
                    {
                    enumLiteral_2=(Token)match(input,125,FOLLOW_2); 

                    				current = grammarAccess.getHitPolicyAccess().getPRIORITYEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getHitPolicyAccess().getPRIORITYEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalRules.g:4678:3: (enumLiteral_3= 'ANY' )
                    {
                    // InternalRules.g:4678:3: (enumLiteral_3= 'ANY' )
                    // InternalRules.g:4679:4: enumLiteral_3= 'ANY'
                    {
                    enumLiteral_3=(Token)match(input,126,FOLLOW_2); 

                    				current = grammarAccess.getHitPolicyAccess().getANYEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getHitPolicyAccess().getANYEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalRules.g:4686:3: (enumLiteral_4= 'COLLECT' )
                    {
                    // InternalRules.g:4686:3: (enumLiteral_4= 'COLLECT' )
                    // InternalRules.g:4687:4: enumLiteral_4= 'COLLECT'
                    {
                    enumLiteral_4=(Token)match(input,127,FOLLOW_2); 

                    				current = grammarAccess.getHitPolicyAccess().getCOLLECTEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getHitPolicyAccess().getCOLLECTEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleHitPolicy"


    // $ANTLR start "ruleDisposal"
    // InternalRules.g:4697:1: ruleDisposal returns [Enumerator current=null] : ( (enumLiteral_0= 'delete' ) | (enumLiteral_1= 'anonymise' ) | (enumLiteral_2= 'archive' ) ) ;
    public final Enumerator ruleDisposal() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalRules.g:4703:2: ( ( (enumLiteral_0= 'delete' ) | (enumLiteral_1= 'anonymise' ) | (enumLiteral_2= 'archive' ) ) )
            // InternalRules.g:4704:2: ( (enumLiteral_0= 'delete' ) | (enumLiteral_1= 'anonymise' ) | (enumLiteral_2= 'archive' ) )
            {
            // InternalRules.g:4704:2: ( (enumLiteral_0= 'delete' ) | (enumLiteral_1= 'anonymise' ) | (enumLiteral_2= 'archive' ) )
            int alt73=3;
            switch ( input.LA(1) ) {
            case 128:
                {
                alt73=1;
                }
                break;
            case 129:
                {
                alt73=2;
                }
                break;
            case 130:
                {
                alt73=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 73, 0, input);

                throw nvae;
            }

            switch (alt73) {
                case 1 :
                    // InternalRules.g:4705:3: (enumLiteral_0= 'delete' )
                    {
                    // InternalRules.g:4705:3: (enumLiteral_0= 'delete' )
                    // InternalRules.g:4706:4: enumLiteral_0= 'delete'
                    {
                    enumLiteral_0=(Token)match(input,128,FOLLOW_2); 

                    				current = grammarAccess.getDisposalAccess().getDELETEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getDisposalAccess().getDELETEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:4713:3: (enumLiteral_1= 'anonymise' )
                    {
                    // InternalRules.g:4713:3: (enumLiteral_1= 'anonymise' )
                    // InternalRules.g:4714:4: enumLiteral_1= 'anonymise'
                    {
                    enumLiteral_1=(Token)match(input,129,FOLLOW_2); 

                    				current = grammarAccess.getDisposalAccess().getANONYMISEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getDisposalAccess().getANONYMISEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalRules.g:4721:3: (enumLiteral_2= 'archive' )
                    {
                    // InternalRules.g:4721:3: (enumLiteral_2= 'archive' )
                    // InternalRules.g:4722:4: enumLiteral_2= 'archive'
                    {
                    enumLiteral_2=(Token)match(input,130,FOLLOW_2); 

                    				current = grammarAccess.getDisposalAccess().getARCHIVEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getDisposalAccess().getARCHIVEEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDisposal"


    // $ANTLR start "rulePermissionAction"
    // InternalRules.g:4732:1: rulePermissionAction returns [Enumerator current=null] : ( (enumLiteral_0= 'read' ) | (enumLiteral_1= 'create' ) | (enumLiteral_2= 'update' ) | (enumLiteral_3= 'delete' ) | (enumLiteral_4= 'start' ) | (enumLiteral_5= 'perform' ) | (enumLiteral_6= 'approve' ) ) ;
    public final Enumerator rulePermissionAction() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;
        Token enumLiteral_6=null;


        	enterRule();

        try {
            // InternalRules.g:4738:2: ( ( (enumLiteral_0= 'read' ) | (enumLiteral_1= 'create' ) | (enumLiteral_2= 'update' ) | (enumLiteral_3= 'delete' ) | (enumLiteral_4= 'start' ) | (enumLiteral_5= 'perform' ) | (enumLiteral_6= 'approve' ) ) )
            // InternalRules.g:4739:2: ( (enumLiteral_0= 'read' ) | (enumLiteral_1= 'create' ) | (enumLiteral_2= 'update' ) | (enumLiteral_3= 'delete' ) | (enumLiteral_4= 'start' ) | (enumLiteral_5= 'perform' ) | (enumLiteral_6= 'approve' ) )
            {
            // InternalRules.g:4739:2: ( (enumLiteral_0= 'read' ) | (enumLiteral_1= 'create' ) | (enumLiteral_2= 'update' ) | (enumLiteral_3= 'delete' ) | (enumLiteral_4= 'start' ) | (enumLiteral_5= 'perform' ) | (enumLiteral_6= 'approve' ) )
            int alt74=7;
            switch ( input.LA(1) ) {
            case 131:
                {
                alt74=1;
                }
                break;
            case 132:
                {
                alt74=2;
                }
                break;
            case 133:
                {
                alt74=3;
                }
                break;
            case 128:
                {
                alt74=4;
                }
                break;
            case 134:
                {
                alt74=5;
                }
                break;
            case 135:
                {
                alt74=6;
                }
                break;
            case 57:
                {
                alt74=7;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 74, 0, input);

                throw nvae;
            }

            switch (alt74) {
                case 1 :
                    // InternalRules.g:4740:3: (enumLiteral_0= 'read' )
                    {
                    // InternalRules.g:4740:3: (enumLiteral_0= 'read' )
                    // InternalRules.g:4741:4: enumLiteral_0= 'read'
                    {
                    enumLiteral_0=(Token)match(input,131,FOLLOW_2); 

                    				current = grammarAccess.getPermissionActionAccess().getREADEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getPermissionActionAccess().getREADEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:4748:3: (enumLiteral_1= 'create' )
                    {
                    // InternalRules.g:4748:3: (enumLiteral_1= 'create' )
                    // InternalRules.g:4749:4: enumLiteral_1= 'create'
                    {
                    enumLiteral_1=(Token)match(input,132,FOLLOW_2); 

                    				current = grammarAccess.getPermissionActionAccess().getCREATEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getPermissionActionAccess().getCREATEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalRules.g:4756:3: (enumLiteral_2= 'update' )
                    {
                    // InternalRules.g:4756:3: (enumLiteral_2= 'update' )
                    // InternalRules.g:4757:4: enumLiteral_2= 'update'
                    {
                    enumLiteral_2=(Token)match(input,133,FOLLOW_2); 

                    				current = grammarAccess.getPermissionActionAccess().getUPDATEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getPermissionActionAccess().getUPDATEEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalRules.g:4764:3: (enumLiteral_3= 'delete' )
                    {
                    // InternalRules.g:4764:3: (enumLiteral_3= 'delete' )
                    // InternalRules.g:4765:4: enumLiteral_3= 'delete'
                    {
                    enumLiteral_3=(Token)match(input,128,FOLLOW_2); 

                    				current = grammarAccess.getPermissionActionAccess().getDELETEEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getPermissionActionAccess().getDELETEEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalRules.g:4772:3: (enumLiteral_4= 'start' )
                    {
                    // InternalRules.g:4772:3: (enumLiteral_4= 'start' )
                    // InternalRules.g:4773:4: enumLiteral_4= 'start'
                    {
                    enumLiteral_4=(Token)match(input,134,FOLLOW_2); 

                    				current = grammarAccess.getPermissionActionAccess().getSTARTEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getPermissionActionAccess().getSTARTEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalRules.g:4780:3: (enumLiteral_5= 'perform' )
                    {
                    // InternalRules.g:4780:3: (enumLiteral_5= 'perform' )
                    // InternalRules.g:4781:4: enumLiteral_5= 'perform'
                    {
                    enumLiteral_5=(Token)match(input,135,FOLLOW_2); 

                    				current = grammarAccess.getPermissionActionAccess().getPERFORMEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getPermissionActionAccess().getPERFORMEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalRules.g:4788:3: (enumLiteral_6= 'approve' )
                    {
                    // InternalRules.g:4788:3: (enumLiteral_6= 'approve' )
                    // InternalRules.g:4789:4: enumLiteral_6= 'approve'
                    {
                    enumLiteral_6=(Token)match(input,57,FOLLOW_2); 

                    				current = grammarAccess.getPermissionActionAccess().getAPPROVEEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_6, grammarAccess.getPermissionActionAccess().getAPPROVEEnumLiteralDeclaration_6());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePermissionAction"


    // $ANTLR start "ruleFallback"
    // InternalRules.g:4799:1: ruleFallback returns [Enumerator current=null] : ( (enumLiteral_0= 'human-review' ) | (enumLiteral_1= 'rule-default' ) | (enumLiteral_2= 'reject' ) ) ;
    public final Enumerator ruleFallback() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalRules.g:4805:2: ( ( (enumLiteral_0= 'human-review' ) | (enumLiteral_1= 'rule-default' ) | (enumLiteral_2= 'reject' ) ) )
            // InternalRules.g:4806:2: ( (enumLiteral_0= 'human-review' ) | (enumLiteral_1= 'rule-default' ) | (enumLiteral_2= 'reject' ) )
            {
            // InternalRules.g:4806:2: ( (enumLiteral_0= 'human-review' ) | (enumLiteral_1= 'rule-default' ) | (enumLiteral_2= 'reject' ) )
            int alt75=3;
            switch ( input.LA(1) ) {
            case 136:
                {
                alt75=1;
                }
                break;
            case 137:
                {
                alt75=2;
                }
                break;
            case 25:
                {
                alt75=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 75, 0, input);

                throw nvae;
            }

            switch (alt75) {
                case 1 :
                    // InternalRules.g:4807:3: (enumLiteral_0= 'human-review' )
                    {
                    // InternalRules.g:4807:3: (enumLiteral_0= 'human-review' )
                    // InternalRules.g:4808:4: enumLiteral_0= 'human-review'
                    {
                    enumLiteral_0=(Token)match(input,136,FOLLOW_2); 

                    				current = grammarAccess.getFallbackAccess().getHUMAN_REVIEWEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getFallbackAccess().getHUMAN_REVIEWEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalRules.g:4815:3: (enumLiteral_1= 'rule-default' )
                    {
                    // InternalRules.g:4815:3: (enumLiteral_1= 'rule-default' )
                    // InternalRules.g:4816:4: enumLiteral_1= 'rule-default'
                    {
                    enumLiteral_1=(Token)match(input,137,FOLLOW_2); 

                    				current = grammarAccess.getFallbackAccess().getRULE_DEFAULTEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getFallbackAccess().getRULE_DEFAULTEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalRules.g:4823:3: (enumLiteral_2= 'reject' )
                    {
                    // InternalRules.g:4823:3: (enumLiteral_2= 'reject' )
                    // InternalRules.g:4824:4: enumLiteral_2= 'reject'
                    {
                    enumLiteral_2=(Token)match(input,25,FOLLOW_2); 

                    				current = grammarAccess.getFallbackAccess().getREJECTEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getFallbackAccess().getREJECTEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleFallback"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x040000028808B002L,0x0000000000002001L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x040000028808A002L,0x0000000000002001L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000004000L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000020020L,0x007C000020000000L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000014000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000010000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0001827800000070L,0x0000003FF8000000L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000000022L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000000040000L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000100000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000000600000L,0x0180000000002000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000400000L,0x0180000000002000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000000400000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000000800000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000067000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000067000002L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000008000000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000010000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000004100000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000004000000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000000100000000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000000000000L,0x0600000000000000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000400100000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000000400000000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000000000000L,0xF800000000000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x000000F800000000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x000001F800000000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000110000000002L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000100000000002L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000000000200002L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000020000000000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x00000C0000000000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x00FF827800000070L,0x0000003FF8000000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000600000000000L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000200000000002L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000040000000002L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0100000000000000L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x00C0000000000000L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0200000000000000L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0200000000000002L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0800000000000000L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x5000000000000002L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x2000000000000000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x4000000000000002L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x8000000000000000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0000000000000000L,0x000000000000012AL});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000004L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000000000800002L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x0000000000000007L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000010L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000040L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0200000000000000L,0x0000000000000000L,0x00000000000000F9L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000040000000000L,0x0000000000000080L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000200L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000400L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000800L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0000000000000000L,0x0000000000001000L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0000000000100000L,0x0000000000004000L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0000000000000000L,0x0000000000004000L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x0000000100000002L,0x0000000000038000L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0x0000040100000002L,0x0000000000030000L});
    public static final BitSet FOLLOW_67 = new BitSet(new long[]{0x0000000100000002L,0x0000000000010000L});
    public static final BitSet FOLLOW_68 = new BitSet(new long[]{0x0000000100000002L});
    public static final BitSet FOLLOW_69 = new BitSet(new long[]{0x0000000002000000L,0x0000000000000000L,0x0000000000000300L});
    public static final BitSet FOLLOW_70 = new BitSet(new long[]{0x0000000000000000L,0x0000000000040000L});
    public static final BitSet FOLLOW_71 = new BitSet(new long[]{0x0000000000000020L,0x0000000000080000L});
    public static final BitSet FOLLOW_72 = new BitSet(new long[]{0x0000000000000002L,0x0000000000100000L});
    public static final BitSet FOLLOW_73 = new BitSet(new long[]{0x0000000000000002L,0x0000000000200000L});
    public static final BitSet FOLLOW_74 = new BitSet(new long[]{0x003F000000010002L,0x0000000000400010L});
    public static final BitSet FOLLOW_75 = new BitSet(new long[]{0x0000000000000000L,0x0000000000200000L});
    public static final BitSet FOLLOW_76 = new BitSet(new long[]{0x0000800000000002L,0x0000000000800000L});
    public static final BitSet FOLLOW_77 = new BitSet(new long[]{0x0000000000000002L,0x0000000003000000L});
    public static final BitSet FOLLOW_78 = new BitSet(new long[]{0x0000000000000002L,0x0000000004000000L});
    public static final BitSet FOLLOW_79 = new BitSet(new long[]{0x0000000000000022L,0x0003FFC000000000L});
    public static final BitSet FOLLOW_80 = new BitSet(new long[]{0x00018A7800000070L,0x0000003FF8000000L});

}