package vn.dondoc.identity.signin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.identity.account.AccountBook;

/** {@code GET /login}: the sign-in form; {@code ?error} after a refused attempt, {@code ?logout} after signing out. */
@Controller
class SignInPage {

    private final AccountBook book;

    SignInPage(AccountBook book) {
        this.book = book;
    }

    @GetMapping("/login")
    String show(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        model.addAttribute("provinceName", book.provinceName());
        return "login";
    }
}
