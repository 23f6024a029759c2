package vn.dondoc.webapp.services;

/** A service did not answer (down, or too slow). */
public class ServiceUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String service;

    public ServiceUnavailableException(String service, Throwable cause) {
        super("Dịch vụ " + service + " tạm thời không phản hồi", cause);
        this.service = service;
    }

    /** Vietnamese name of the service, e.g. "kế hoạch". */
    public String service() {
        return service;
    }
}
