package vn.dondoc.identity.client;

/** The provider refused the sign-in: wrong user name or password, or a refused authorization request. */
public class SignInRefused extends RuntimeException {

    public SignInRefused(String message) {
        super(message);
    }
}
