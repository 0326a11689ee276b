package org.tlang.lang.syntax;

public enum TokenKind {
    IDENT, INT, FLOAT, STRING, EOF,
    // keywords
    FN("fn"), LET("let"), MUT("mut"), IF("if"), ELSE("else"), WHILE("while"), LOOP("loop"), FOR("for"),
    IN("in"), BREAK("break"), CONTINUE("continue"), RETURN("return"), TRUE("true"), FALSE("false"),
    PUB("pub"), IMPORT("import"), AS("as"), CONST("const"), STATIC("static"), STRUCT("struct"),
    ENUM("enum"), IMPL("impl"), MATCH("match"), ASYNC("async"), AWAIT("await"), EXTERN("extern"),
    // punctuation, longest first where prefixes overlap
    DOT_DOT_EQ("..="), SHR_U(">>>"), SHL_EQ("<<="), SHR_EQ(">>="),
    ARROW("->"), FAT_ARROW("=>"), COLON_COLON("::"), DOT_DOT(".."), EQ_EQ("=="), NE("!="), LE("<="), GE(">="),
    AND_AND("&&"), OR_OR("||"), SHL("<<"), SHR(">>"), PLUS_EQ("+="), MINUS_EQ("-="), STAR_EQ("*="),
    SLASH_EQ("/="), PERCENT_EQ("%="), AMP_EQ("&="), PIPE_EQ("|="), CARET_EQ("^="),
    LPAREN("("), RPAREN(")"), LBRACE("{"), RBRACE("}"), LBRACKET("["), RBRACKET("]"), COMMA(","),
    SEMI(";"), COLON(":"), DOT("."), EQ("="), LT("<"), GT(">"), PLUS("+"), MINUS("-"), STAR("*"),
    SLASH("/"), PERCENT("%"), BANG("!"), AMP("&"), PIPE("|"), CARET("^"), QUESTION("?"), HASH("#");

    public final String text;

    TokenKind() {
        this.text = null;
    }

    TokenKind(String text) {
        this.text = text;
    }

    public boolean isKeyword() {
        return text != null && Character.isLetter(text.charAt(0));
    }

    public String describe() {
        return text != null ? "`" + text + "`" : switch (this) {
            case IDENT -> "identifier";
            case INT -> "integer literal";
            case FLOAT -> "float literal";
            case STRING -> "string literal";
            default -> "end of file";
        };
    }
}
