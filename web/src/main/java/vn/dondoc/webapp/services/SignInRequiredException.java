package vn.dondoc.webapp.services;

/** The session holds no usable token any more (refresh refused): the person must sign in again. */
public class SignInRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignInRequiredException() {
        super("Phiên làm việc đã hết hạn, xin đăng nhập lại");
    }
}
